import "server-only";
import type { z } from "zod";
import { accountExists } from "./account-exists";
import type { MailTemplate, RenderedEmail } from "./mail-template";
import { organisationInvitation } from "./organisation-invitation";
import { organisationRemoved } from "./organisation-removed";
import { resetPassword } from "./reset-password";
import { signInLink } from "./sign-in-link";
import { staffInvitation } from "./staff-invitation";
import { staffTicketActivity } from "./staff-ticket-activity";
import { ticketConfirmation } from "./ticket-confirmation";
import { ticketReply } from "./ticket-reply";
import { verifyEmail } from "./verify-email";

/** Every email Podpora sends, by the name stored in the outbox's `template` column. */
export const templates = {
  [ticketConfirmation.name]: ticketConfirmation,
  [signInLink.name]: signInLink,
  [verifyEmail.name]: verifyEmail,
  [resetPassword.name]: resetPassword,
  [accountExists.name]: accountExists,
  [ticketReply.name]: ticketReply,
  [organisationInvitation.name]: organisationInvitation,
  [organisationRemoved.name]: organisationRemoved,
  [staffInvitation.name]: staffInvitation,
  [staffTicketActivity.name]: staffTicketActivity,
};

export type TemplateName = keyof typeof templates;
export type TemplateData<T extends TemplateName> = z.input<(typeof templates)[T]["schema"]>;
export type { RenderedEmail };

/** Thrown for an email that can never be rendered: unknown template or data it refuses. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TemplateError";
  }
}

function findTemplate(name: string): MailTemplate<string, z.ZodType> {
  if (!Object.hasOwn(templates, name)) throw new TemplateError(`unknown email template "${name}"`);
  return templates[name as TemplateName];
}

function parseWith(template: MailTemplate<string, z.ZodType>, data: unknown): unknown {
  const parsed = template.schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => issue.path.join(".") || "data");
  throw new TemplateError(
    `invalid data for email template "${template.name}": ${fields.join(", ")}`,
  );
}

/** Validates `data` for the named template and returns what should be stored in the outbox. */
export function parseTemplateData(name: string, data: unknown): unknown {
  return parseWith(findTemplate(name), data);
}

/** Renders a stored outbox email; throws a `TemplateError` when it can never be rendered. */
export function renderEmail(name: string, data: unknown): RenderedEmail {
  const template = findTemplate(name);
  return template.render(parseWith(template, data));
}
