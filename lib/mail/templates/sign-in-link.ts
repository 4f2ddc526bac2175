import "server-only";
import { z } from "zod";
import { emailDocument, emailStyles as style } from "./email-layout";
import { escapeHtml } from "./escape-html";
import { linkLifetime } from "./link-lifetime";
import { defineTemplate } from "./mail-template";

const schema = z.object({
  link: z.url({ protocol: /^https?$/ }),
  context: z.enum(["sign_in", "track"]),
  expiresInMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
});

const wording = {
  sign_in: {
    subject: "Your sign-in link",
    intro: "Here is the link you asked for to sign in to your account.",
    button: "Sign in",
  },
  track: {
    subject: "Your link to My Tickets",
    intro:
      "Here is the link you asked for on Track my ticket. It takes you to My Tickets, " +
      "where you can follow your tickets and reply to them.",
    button: "Open My Tickets",
  },
} as const;

/** Sent when someone asks for a one-time link, from Log in or from Track my ticket. */
export const signInLink = defineTemplate({
  name: "sign_in_link",
  schema,
  render({ link, context, expiresInMinutes }) {
    const words = wording[context];
    const lifetime = linkLifetime(expiresInMinutes, "minute");
    const html = [
      `<p style="${style.paragraph}">Hello,</p>`,
      `<p style="${style.paragraph}">${escapeHtml(words.intro)}</p>`,
      `<p style="margin: 0 0 24px;"><a href="${escapeHtml(link)}" style="${style.button}">`,
      `${escapeHtml(words.button)}</a></p>`,
      `<p style="${style.paragraph}">The link opens a page with one button: click it and you are`,
      "signed in. The link works once, and only for the next",
      `${escapeHtml(lifetime)}. If it has run out, just ask for a new one.</p>`,
      `<p style="${style.small}">If the button does not work, copy this address into your`,
      `browser:<br><a href="${escapeHtml(link)}" style="${style.link}">${escapeHtml(link)}</a></p>`,
      `<p style="${style.small}">If you did not ask for this, you can ignore this email.</p>`,
    ].join("\n");
    const text = [
      "Hello,",
      "",
      words.intro,
      "",
      `${words.button}:`,
      link,
      "",
      "The link opens a page with one button: click it and you are signed in.",
      `The link works once, and only for the next ${lifetime}. If it has run out,`,
      "just ask for a new one.",
      "",
      "If you did not ask for this, you can ignore this email.",
      "",
    ].join("\n");

    return { subject: words.subject, html: emailDocument(words.subject, html), text };
  },
});
