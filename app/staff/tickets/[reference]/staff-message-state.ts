import type { FormState } from "@/components/form-state";

export type StaffMessageField = "body" | "attachments";

/**
 * The reply-or-note form's state. `seenLastMessageId` is the newest message the agent has been
 * shown; `someoneReplied` asks them to read it and confirm before sending.
 */
export interface StaffMessageState extends FormState<StaffMessageField> {
  submissionKey: string;
  seenLastMessageId: string;
  someoneReplied: boolean;
}
