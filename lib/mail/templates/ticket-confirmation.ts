import "server-only";
import { z } from "zod";
import { emailDocument, emailStyles as style } from "./email-layout";
import { escapeHtml } from "./escape-html";
import { defineTemplate } from "./mail-template";

const schema = z.object({
  name: z.string().trim().max(200),
  reference: z.string().trim().min(1).max(40),
  subject: z.string().trim().min(1).max(500),
  trackUrl: z.url({ protocol: /^https?$/ }),
});

/** Sent to the requester as soon as a ticket is submitted. */
export const ticketConfirmation = defineTemplate({
  name: "ticket_confirmation",
  schema,
  render({ name, reference, subject, trackUrl }) {
    const greeting = name === "" ? "Hello," : `Hello ${name},`;
    const html = [
      `<p dir="auto" style="${style.paragraph}">${escapeHtml(greeting)}</p>`,
      `<p style="${style.paragraph}">Thank you for contacting us. We have received your request`,
      "and our support team will get back to you as soon as they can.</p>",
      `<p style="${style.label}">Your reference number</p>`,
      `<p style="${style.reference}">${escapeHtml(reference)}</p>`,
      `<p style="${style.label}">Subject</p>`,
      `<p dir="auto" style="${style.paragraph}"><strong>${escapeHtml(subject)}</strong></p>`,
      `<p style="${style.paragraph}">To follow your ticket or reply to it, open`,
      `<a href="${escapeHtml(trackUrl)}" style="${style.link}">Track my ticket</a>,`,
      "enter your email address and use the sign-in link we send you.",
      "If you have an account, you can also sign in and go to My Tickets.</p>",
      `<p style="margin: 0 0 24px;"><a href="${escapeHtml(trackUrl)}" style="${style.button}">`,
      "Track my ticket</a></p>",
      `<p style="${style.small}">Please keep the reference number ${escapeHtml(reference)}`,
      "handy if you get in touch with us about this request.</p>",
    ].join("\n");
    const text = [
      greeting,
      "",
      "Thank you for contacting us. We have received your request and our support team will",
      "get back to you as soon as they can.",
      "",
      `Your reference number: ${reference}`,
      `Subject: ${subject}`,
      "",
      "To follow your ticket or reply to it:",
      `open ${trackUrl} (Track my ticket), enter your email address and use the sign-in link`,
      "we send you. If you have an account, you can also sign in and go to My Tickets.",
      "",
      `Please keep the reference number ${reference} handy if you get in touch with us about`,
      "this request.",
      "",
    ].join("\n");
    const title = `[${reference}] We received your request: ${subject}`;

    return { subject: title, html: emailDocument(title, html), text };
  },
});
