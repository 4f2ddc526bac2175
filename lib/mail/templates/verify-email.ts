import "server-only";
import { z } from "zod";
import { emailDocument, emailStyles as style } from "./email-layout";
import { escapeHtml } from "./escape-html";
import { linkLifetime } from "./link-lifetime";
import { defineTemplate } from "./mail-template";

const schema = z.object({
  name: z.string().trim().max(200),
  link: z.url({ protocol: /^https?$/ }),
  expiresInHours: z
    .int()
    .min(1)
    .max(30 * 24),
});

const subject = "Confirm your email address to finish registering";

/** Sent after Register now, so the new account is only active once the address is proven. */
export const verifyEmail = defineTemplate({
  name: "verify_email",
  schema,
  render({ name, link, expiresInHours }) {
    const greeting = name === "" ? "Hello," : `Hello ${name},`;
    const lifetime = linkLifetime(expiresInHours, "hour");
    const html = [
      `<p dir="auto" style="${style.paragraph}">${escapeHtml(greeting)}</p>`,
      `<p style="${style.paragraph}">Thank you for registering. One last step: please confirm`,
      "that this email address is yours with the password you chose when registering.</p>",
      `<p style="margin: 0 0 24px;"><a href="${escapeHtml(link)}" style="${style.button}">`,
      "Confirm my email address</a></p>",
      `<p style="${style.paragraph}">Once you have confirmed it, any tickets you already sent`,
      "from this address will be waiting for you in My Tickets.</p>",
      `<p style="${style.paragraph}">The link works for ${escapeHtml(lifetime)}.</p>`,
      `<p style="${style.small}">If the button does not work, copy this address into your`,
      `browser:<br><a href="${escapeHtml(link)}" style="${style.link}">${escapeHtml(link)}</a></p>`,
      `<p style="${style.small}">If you did not ask for this, you can ignore this email.</p>`,
    ].join("\n");
    const text = [
      greeting,
      "",
      "Thank you for registering. One last step: please confirm that this email address",
      "is yours. Open this link and enter the password you chose when registering:",
      link,
      "",
      "Once you have confirmed it, any tickets you already sent from this address will be",
      "waiting for you in My Tickets.",
      "",
      `The link works for ${lifetime}.`,
      "",
      "If you did not ask for this, you can ignore this email.",
      "",
    ].join("\n");

    return { subject, html: emailDocument(subject, html), text };
  },
});
