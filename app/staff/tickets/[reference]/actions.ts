"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type FormState, refused } from "@/components/form-state";
import { AppError, genericErrorMessage } from "@/lib/errors";
import { readAttachments } from "@/lib/files/read-attachments";
import { log } from "@/lib/log";
import { addStaffMessage } from "@/lib/staff/add-staff-message";
import { changeTicket } from "@/lib/staff/change-ticket";
import { requireAgent } from "@/lib/staff/require-agent";
import { ticketLimits } from "@/lib/tickets/ticket-input";
import type { StaffMessageState } from "./staff-message-state";

const messageInput = z.object({
  reference: z.string().max(20),
  body: z
    .string()
    .trim()
    .min(1, "Write the message.")
    .max(ticketLimits.description, "The message is too long."),
  kind: z.enum(["reply", "note"]),
  submissionKey: z.uuid({ error: "The form has expired. Reload the page and try again." }),
  seenLastMessageId: z.string().max(40),
  sendAnyway: z.literal("yes").optional(),
});

/** A public reply or an internal note from the ticket page. */
export async function sendStaffMessage(
  previous: StaffMessageState,
  formData: FormData,
): Promise<StaffMessageState> {
  const body = String(formData.get("body") ?? "");
  const answer = (changes: Partial<StaffMessageState>): StaffMessageState => ({
    ...previous,
    status: "invalid",
    attempt: previous.attempt + 1,
    values: { body },
    fieldErrors: {},
    formError: undefined,
    someoneReplied: false,
    ...changes,
  });
  const actor = await requireAgent();
  const parsed = messageInput.safeParse(Object.fromEntries(formData));
  const files = await readAttachments(formData, { userId: actor.userId });
  if (!parsed.success || !files.ok) {
    const bodyIssue = parsed.error?.issues.find((issue) => issue.path[0] === "body");
    const other = parsed.error?.issues.find((issue) => issue.path[0] !== "body");
    return answer({
      fieldErrors: {
        body: bodyIssue?.message,
        attachments: files.ok ? undefined : files.error,
      },
      formError: other?.message,
    });
  }
  const { kind, sendAnyway, ...message } = parsed.data;
  try {
    const result = await addStaffMessage(
      actor,
      { ...message, internal: kind === "note", sendAnyway: sendAnyway === "yes" },
      files.files,
    );
    if (result.outcome === "not_found") return answer({ formError: "This ticket was not found." });
    if (result.outcome === "someone_replied") {
      return answer({ someoneReplied: true, seenLastMessageId: result.lastMessageId });
    }
  } catch (error) {
    if (error instanceof AppError) return answer({ formError: error.userMessage });
    log.error("staff.message_failed", error);
    return answer({ formError: genericErrorMessage });
  }
  revalidatePath(`/staff/tickets/${message.reference}`);
  return {
    status: "done",
    attempt: previous.attempt + 1,
    values: {},
    fieldErrors: {},
    submissionKey: randomUUID(),
    seenLastMessageId: previous.seenLastMessageId,
    someoneReplied: false,
  };
}

export type TicketChangesState = FormState<"status" | "priority" | "assigneeId">;

/** Status, priority and assignee from the ticket page. */
export async function changeTicketAction(
  previous: TicketChangesState,
  formData: FormData,
): Promise<TicketChangesState> {
  const actor = await requireAgent();
  const reference = String(formData.get("reference") ?? "");
  const changes = {
    status: String(formData.get("status") ?? ""),
    priority: String(formData.get("priority") ?? ""),
    assigneeId: String(formData.get("assigneeId") ?? ""),
  };
  try {
    const changed = await changeTicket(actor, reference, changes);
    if (!changed) return refused(previous, changes, { formError: "This ticket was not found." });
  } catch (error) {
    if (error instanceof AppError)
      return refused(previous, changes, { formError: error.userMessage });
    log.error("staff.change_failed", error);
    return refused(previous, changes, { formError: genericErrorMessage });
  }
  revalidatePath(`/staff/tickets/${reference}`);
  return { status: "done", attempt: previous.attempt + 1, values: changes, fieldErrors: {} };
}
