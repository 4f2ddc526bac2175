import "server-only";
import { escapeHtml } from "./escape-html";

const fontStack = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** Inline styles for the pieces templates use; mail clients ignore stylesheets. */
export const emailStyles = {
  paragraph: "margin: 0 0 16px; font-size: 16px; line-height: 24px; color: #1f2937;",
  label: "margin: 0 0 4px; font-size: 14px; line-height: 20px; color: #4b5563;",
  reference:
    "margin: 0 0 24px; font-size: 28px; line-height: 36px; font-weight: 700; " +
    "letter-spacing: 2px; color: #111827; font-family: 'SFMono-Regular', Consolas, monospace;",
  button:
    "display: inline-block; padding: 12px 20px; border-radius: 6px; background: #1d4ed8; " +
    "color: #ffffff; font-size: 16px; font-weight: 600; text-decoration: none;",
  link: "color: #1d4ed8; text-decoration: underline; word-break: break-all;",
  small: "margin: 0; font-size: 13px; line-height: 20px; color: #6b7280;",
};

/**
 * Wraps a template's body in a complete, self-contained HTML document. `title` is plain text;
 * `bodyHtml` must already be escaped by the template.
 */
export function emailDocument(title: string, bodyHtml: string): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(title)}</title>`,
    "</head>",
    `<body style="margin: 0; padding: 0; background: #f3f4f6; font-family: ${fontStack};">`,
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"',
    ' style="background: #f3f4f6;">',
    '<tr><td align="center" style="padding: 24px 12px;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"',
    ' style="max-width: 560px; background: #ffffff; border-radius: 8px;">',
    `<tr><td style="padding: 32px 28px;">${bodyHtml}</td></tr>`,
    "</table>",
    "</td></tr>",
    "</table>",
    "</body>",
    "</html>",
  ].join("\n");
}
