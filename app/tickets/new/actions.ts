"use server";

import { after } from "next/server";
import { getActor } from "@/lib/auth/current-actor";
import { getConfig } from "@/lib/config/config";
import { AppError, genericErrorMessage } from "@/lib/errors";
import { readAttachments } from "@/lib/files/read-attachments";
import { log } from "@/lib/log";
import { kickOutboxSender } from "@/lib/mail/start-outbox-sender";
import { currentClientIp } from "@/lib/security/client-ip";
import { createTicket } from "@/lib/tickets/create-ticket";
import { type TicketField, ticketInputSchema } from "@/lib/tickets/ticket-input";
import type { SubmitTicketState, TicketFormValues } from "./submit-ticket-state";

export async function submitTicket(
  previous: SubmitTicketState,
  formData: FormData,
): Promise<SubmitTicketState> {
  // A late second click must not turn the answer of the first one into an error.
  if (previous.status === "submitted") return previous;

  const values = readValues(formData);
  // A signed-in customer's ticket is theirs, whatever the read-only email field was made to say.
  const actor = await getActor();
  if (actor.kind === "customer") values.email = actor.email;
  const submissionKey = String(formData.get("submissionKey") ?? previous.submissionKey);
  const invalid = (fieldErrors: SubmitTicketState["fieldErrors"], formError?: string) =>
    ({
      status: "invalid",
      attempt: previous.attempt + 1,
      submissionKey,
      values,
      fieldErrors,
      formError,
    }) as const;

  const parsed = ticketInputSchema(getConfig().ticketCategories).safeParse({
    ...values,
    submissionKey,
  });
  // A guest's uploaded files belong to this form; a customer's to them.
  const uploader =
    actor.kind === "customer" ? { userId: actor.userId } : { sessionId: submissionKey };
  const files = await readAttachments(formData, uploader);
  if (!parsed.success || !files.ok) {
    const fieldErrors: SubmitTicketState["fieldErrors"] = {};
    for (const issue of parsed.error?.issues ?? []) {
      const field = issue.path[0] as TicketField;
      fieldErrors[field] ??= issue.message;
    }
    if (!files.ok) fieldErrors.attachments = files.error;
    return invalid(fieldErrors, fieldErrors.submissionKey);
  }

  try {
    const ticket = await createTicket(parsed.data, files.files, { ip: await currentClientIp() });
    after(kickOutboxSender);
    return {
      status: "submitted",
      attempt: previous.attempt + 1,
      submissionKey,
      values,
      fieldErrors: {},
      reference: ticket.reference,
      inMyTickets: actor.kind === "customer",
    };
  } catch (error) {
    if (error instanceof AppError) return invalid({}, error.userMessage);
    log.error("ticket.submit_failed", error);
    return invalid({}, genericErrorMessage);
  }
}

function readValues(formData: FormData): TicketFormValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    name: text("name"),
    email: text("email"),
    subject: text("subject"),
    category: text("category"),
    description: text("description"),
  };
}
