import "server-only";
import { z } from "zod";
import { emailDocument, emailStyles as style } from "./email-layout";
import { escapeHtml } from "./escape-html";
import { defineTemplate } from "./mail-template";

const schema = z.object({ organisationName: z.string().trim().max(200) });

/** Sent to a member a Manager removed, so the change never comes as a surprise. */
export const organisationRemoved = defineTemplate({
  name: "organisation_removed",
  schema,
  render({ organisationName }) {
    const subject = `You are no longer a member of ${organisationName}`;
    const notice = `A Manager of ${organisationName} removed you from the organisation.`;
    const rest =
      "You keep your account and your own tickets; the organisation's tickets are no longer " +
      "shown to you.";
    const html = [
      `<p dir="auto" style="${style.paragraph}">${escapeHtml(notice)}</p>`,
      `<p style="${style.paragraph}">${escapeHtml(rest)}</p>`,
      `<p style="${style.small}">If you think this is a mistake, ask the organisation's`,
      "Managers.</p>",
    ].join("\n");
    const text = [
      notice,
      "",
      rest,
      "",
      "If you think this is a mistake, ask the organisation's Managers.",
      "",
    ].join("\n");
    return { subject, html: emailDocument(subject, html), text };
  },
});
