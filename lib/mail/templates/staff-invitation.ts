import "server-only";
import { z } from "zod";
import { emailDocument, emailStyles as style } from "./email-layout";
import { escapeHtml } from "./escape-html";
import { defineTemplate } from "./mail-template";

const schema = z.object({
  role: z.enum(["agent", "admin"]),
  link: z.url({ protocol: /^https?$/ }),
  expiresInMinutes: z.number().int().positive(),
});

/** Sent to a new member of the support team: a link to choose a password and open the console. */
export const staffInvitation = defineTemplate({
  name: "staff_invitation",
  schema,
  render({ role, link, expiresInMinutes }) {
    const title = `Set up your Podpora support ${role} account`;
    const html = [
      `<p style="${style.paragraph}">Hello,</p>`,
      `<p style="${style.paragraph}">You have been added to the support team as ${role}.`,
      "Choose a password to open the staff console.</p>",
      `<p style="margin: 0 0 24px;"><a href="${escapeHtml(link)}" style="${style.button}">`,
      "Set up your account</a></p>",
      `<p style="${style.small}">The link works once, for ${expiresInMinutes} minutes.</p>`,
    ].join("\n");
    const text = [
      "Hello,",
      "",
      `You have been added to the support team as ${role}. Choose a password to open the`,
      "staff console:",
      link,
      "",
      `The link works once, for ${expiresInMinutes} minutes.`,
      "",
    ].join("\n");
    return { subject: title, html: emailDocument(title, html), text };
  },
});
