import "server-only";
import { z } from "zod";
import { emailDocument, emailStyles as style } from "./email-layout";
import { escapeHtml } from "./escape-html";
import { defineTemplate } from "./mail-template";

const schema = z.object({
  reference: z.string().trim().min(1).max(40),
  subject: z.string().trim().min(1).max(500),
  ticketUrl: z.url({ protocol: /^https?$/ }),
  /** Set when a manager of the requester's organisation replied, not the support team. */
  replier: z.string().trim().min(1).max(320).optional(),
});

/**
 * Sent to the requester when the support team answers, or when a manager of their organisation
 * does. It carries no message text: the answer is read in My Tickets, behind sign-in, so
 * nothing meant for the ticket lives on in inboxes.
 */
export const ticketReply = defineTemplate({
  name: "ticket_reply",
  schema,
  render({ reference, subject, ticketUrl, replier }) {
    const who = replier ? `${replier} from your organisation` : "Our support team";
    const title = `[${reference}] New reply from ${replier ?? "support"}: ${subject}`;
    const html = [
      `<p style="${style.paragraph}">Hello,</p>`,
      `<p dir="auto" style="${style.paragraph}">${escapeHtml(who)} has replied to your ticket`,
      `<strong>${escapeHtml(reference)}</strong>:</p>`,
      `<p dir="auto" style="${style.paragraph}"><strong>${escapeHtml(subject)}</strong></p>`,
      `<p style="margin: 0 0 24px;"><a href="${escapeHtml(ticketUrl)}" style="${style.button}">`,
      "Read the reply</a></p>",
      `<p style="${style.small}">The reply is in My Tickets. If you are not signed in, use`,
      "Track my ticket with this email address to get a sign-in link.</p>",
    ].join("\n");
    const text = [
      "Hello,",
      "",
      `${who} has replied to your ticket ${reference}: ${subject}`,
      "",
      "Read the reply in My Tickets:",
      ticketUrl,
      "",
      "If you are not signed in, use Track my ticket with this email address to get a",
      "sign-in link.",
      "",
    ].join("\n");
    return { subject: title, html: emailDocument(title, html), text };
  },
});
