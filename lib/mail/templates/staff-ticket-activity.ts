import "server-only";
import { z } from "zod";
import { emailDocument, emailStyles as style } from "./email-layout";
import { escapeHtml } from "./escape-html";
import { defineTemplate } from "./mail-template";

const schema = z.object({
  event: z.enum(["new_ticket", "customer_reply"]),
  reference: z.string().trim().min(1).max(40),
  subject: z.string().trim().min(1).max(500),
  ticketUrl: z.url({ protocol: /^https?$/ }),
});

/** Tells the support team that a ticket needs them; the text stays in the console. */
export const staffTicketActivity = defineTemplate({
  name: "staff_ticket_activity",
  schema,
  render({ event, reference, subject, ticketUrl }) {
    const what = event === "new_ticket" ? "New ticket" : "Customer replied";
    const title = `[${reference}] ${what}: ${subject}`;
    const html = [
      `<p style="${style.paragraph}">${what} on <strong>${escapeHtml(reference)}</strong>:</p>`,
      `<p dir="auto" style="${style.paragraph}"><strong>${escapeHtml(subject)}</strong></p>`,
      `<p style="margin: 0 0 24px;"><a href="${escapeHtml(ticketUrl)}" style="${style.button}">`,
      "Open the ticket</a></p>",
    ].join("\n");
    const text = [`${what} on ${reference}: ${subject}`, "", ticketUrl, ""].join("\n");
    return { subject: title, html: emailDocument(title, html), text };
  },
});
