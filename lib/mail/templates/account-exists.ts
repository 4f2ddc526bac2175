import "server-only";
import { z } from "zod";
import { emailDocument, emailStyles as style } from "./email-layout";
import { escapeHtml } from "./escape-html";
import { defineTemplate } from "./mail-template";

const schema = z.object({
  loginUrl: z.url({ protocol: /^https?$/ }),
  resetUrl: z.url({ protocol: /^https?$/ }),
});

const subject = "You already have an account";

/**
 * Sent instead of a confirmation when Register now is used with an address that already has an
 * account, so the form never reveals which addresses are registered.
 */
export const accountExists = defineTemplate({
  name: "account_exists",
  schema,
  render({ loginUrl, resetUrl }) {
    const html = [
      `<p style="${style.paragraph}">Hello,</p>`,
      `<p style="${style.paragraph}">Someone, probably you, just tried to register with this`,
      "email address. You already have an account, so there is no need to register again.</p>",
      `<p style="margin: 0 0 24px;"><a href="${escapeHtml(loginUrl)}" style="${style.button}">`,
      "Log in</a></p>",
      `<p style="${style.paragraph}">Forgot your password? You can`,
      `<a href="${escapeHtml(resetUrl)}" style="${style.link}">set a new one</a>.</p>`,
      `<p style="${style.small}">If the links do not work, copy these addresses into your`,
      `browser.<br>Log in: <a href="${escapeHtml(loginUrl)}" style="${style.link}">`,
      `${escapeHtml(loginUrl)}</a><br>Forgot your password:`,
      `<a href="${escapeHtml(resetUrl)}" style="${style.link}">${escapeHtml(resetUrl)}</a></p>`,
      `<p style="${style.small}">If you did not ask for this, you can ignore this email.`,
      "Nothing has changed in your account.</p>",
    ].join("\n");
    const text = [
      "Hello,",
      "",
      "Someone, probably you, just tried to register with this email address. You already",
      "have an account, so there is no need to register again.",
      "",
      "Log in:",
      loginUrl,
      "",
      "Forgot your password? Set a new one here:",
      resetUrl,
      "",
      "If you did not ask for this, you can ignore this email. Nothing has changed in your",
      "account.",
      "",
    ].join("\n");

    return { subject, html: emailDocument(subject, html), text };
  },
});
