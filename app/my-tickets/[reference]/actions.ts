"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/current-actor";
import { AppError, genericErrorMessage } from "@/lib/errors";
import { readAttachments } from "@/lib/files/read-attachments";
import { log } from "@/lib/log";
import { requiredText } from "@/lib/text/required-text";
import { addCustomerReply } from "@/lib/tickets/add-customer-reply";
import { closeTicket } from "@/lib/tickets/close-ticket";
import { ticketLimits } from "@/lib/tickets/ticket-input";
import type { ReplyState } from "./reply-state";

const replyInput = z.object({
  reference: z.string().max(20),
  body: requiredText("your reply", ticketLimits.description, "lines"),
  submissionKey: z.uuid({ error: "The form has expired. Reload the page and try again." }),
});

const notFound = "This ticket was not found. It may not be one of yours.";

export async function replyToTicket(previous: ReplyState, formData: FormData): Promise<ReplyState> {
  const body = String(formData.get("body") ?? "");
  const refused = (fieldErrors: ReplyState["fieldErrors"], formError?: string): ReplyState => ({
    ...previous,
    status: "invalid",
    attempt: previous.attempt + 1,
    values: { body },
    fieldErrors,
    formError,
  });

  const actor = await getActor();
  if (actor.kind !== "customer")
    return refused({}, "Your session has ended. Sign in again to reply.");
  const parsed = replyInput.safeParse(Object.fromEntries(formData));
  const files = await readAttachments(formData, { userId: actor.userId });
  if (!parsed.success || !files.ok) {
    const fieldErrors: ReplyState["fieldErrors"] = {};
    for (const issue of parsed.error?.issues ?? []) {
      if (issue.path[0] === "body") fieldErrors.body ??= issue.message;
    }
    if (!files.ok) fieldErrors.attachments = files.error;
    const keyProblem = parsed.error?.issues.find((issue) => issue.path[0] === "submissionKey");
    return refused(fieldErrors, keyProblem?.message);
  }

  try {
    const reply = await addCustomerReply(actor, parsed.data, files.files);
    if (!reply) return refused({}, notFound);
  } catch (error) {
    if (error instanceof AppError) return refused({}, error.userMessage);
    log.error("ticket.reply_failed", error);
    return refused({}, genericErrorMessage);
  }
  revalidatePath(`/my-tickets/${parsed.data.reference}`);
  return {
    status: "done",
    attempt: previous.attempt + 1,
    values: {},
    fieldErrors: {},
    submissionKey: randomUUID(),
  };
}

export async function closeTicketAction(formData: FormData): Promise<void> {
  const reference = String(formData.get("reference") ?? "");
  const actor = await getActor();
  if (actor.kind !== "customer")
    redirect(`/login?callbackUrl=/my-tickets/${encodeURIComponent(reference)}`);
  if (!(await closeTicket(actor, reference))) redirect("/my-tickets");
  revalidatePath(`/my-tickets/${reference}`);
}
