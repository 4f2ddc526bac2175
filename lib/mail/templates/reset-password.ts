import "server-only";
import { z } from "zod";
import { emailDocument, emailStyles as style } from "./email-layout";
import { escapeHtml } from "./escape-html";
import { linkLifetime } from "./link-lifetime";
import { defineTemplate } from "./mail-template";

const schema = z.object({
  link: z.url({ protocol: /^https?$/ }),
  expiresInMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
});

const subject = "Set a new password";

/** Sent from the forgot-password page to an address that has an account. */
export const resetPassword = defineTemplate({
  name: "reset_password",
  schema,
  render({ link, expiresInMinutes }) {
    const lifetime = linkLifetime(expiresInMinutes, "minute");
    const html = [
      `<p style="${style.paragraph}">Hello,</p>`,
      `<p style="${style.paragraph}">We received a request to set a new password for your`,
      "account. Use the button below to choose one.</p>",
      `<p style="margin: 0 0 24px;"><a href="${escapeHtml(link)}" style="${style.button}">`,
      "Set a new password</a></p>",
      `<p style="${style.paragraph}">The link works for ${escapeHtml(lifetime)}. Once you set a`,
      "new password, you will be signed out everywhere else, on every other device and",
      "browser.</p>",
      `<p style="${style.small}">If the button does not work, copy this address into your`,
      `browser:<br><a href="${escapeHtml(link)}" style="${style.link}">${escapeHtml(link)}</a></p>`,
      `<p style="${style.small}">If you did not ask for this, you can ignore this email.`,
      "Your password stays as it is.</p>",
    ].join("\n");
    const text = [
      "Hello,",
      "",
      "We received a request to set a new password for your account. To choose one, open",
      "this link:",
      link,
      "",
      `The link works for ${lifetime}. Once you set a new password, you will be signed out`,
      "everywhere else, on every other device and browser.",
      "",
      "If you did not ask for this, you can ignore this email. Your password stays as it is.",
      "",
    ].join("\n");

    return { subject, html: emailDocument(subject, html), text };
  },
});
