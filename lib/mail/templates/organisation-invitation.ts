import "server-only";
import { z } from "zod";
import { emailDocument, emailStyles as style } from "./email-layout";
import { escapeHtml } from "./escape-html";
import { defineTemplate } from "./mail-template";

const schema = z.object({
  organisationName: z.string().trim().max(200),
  inviterName: z.string().trim().max(320),
  role: z.enum(["Manager", "User"]),
  link: z.url({ protocol: /^https?$/ }),
  expiresInDays: z.int().min(1).max(90),
});

/** Sent by Invite User: a link to join an organisation, bound to this address. */
export const organisationInvitation = defineTemplate({
  name: "organisation_invitation",
  schema,
  render({ organisationName, inviterName, role, link, expiresInDays }) {
    const subject = `You are invited to join ${organisationName} on our support portal`;
    const lifetime = `${expiresInDays} day${expiresInDays === 1 ? "" : "s"}`;
    const invite = `${inviterName} invited you to join ${organisationName} as a ${role}.`;
    const html = [
      `<p dir="auto" style="${style.paragraph}">${escapeHtml(invite)}</p>`,
      `<p style="${style.paragraph}">Members of an organisation handle their support together.`,
      "Open the link to accept; if you have no account yet, you can register there.</p>",
      `<p style="margin: 0 0 24px;"><a href="${escapeHtml(link)}" style="${style.button}">`,
      "Accept the invitation</a></p>",
      `<p style="${style.paragraph}">The link works for ${escapeHtml(lifetime)}.</p>`,
      `<p style="${style.small}">If the button does not work, copy this address into your`,
      `browser:<br><a href="${escapeHtml(link)}" style="${style.link}">${escapeHtml(link)}</a></p>`,
      `<p style="${style.small}">If you did not expect this, you can ignore this email.</p>`,
    ].join("\n");
    const text = [
      invite,
      "",
      "Members of an organisation handle their support together. Open this link to accept;",
      "if you have no account yet, you can register there:",
      link,
      "",
      `The link works for ${lifetime}.`,
      "",
      "If you did not expect this, you can ignore this email.",
      "",
    ].join("\n");
    return { subject, html: emailDocument(subject, html), text };
  },
});
