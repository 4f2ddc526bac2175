import type { FormState } from "@/components/form-state";

export type ReplyField = "body" | "attachments";

/** The reply form's state; each accepted reply hands the form a new submission key. */
export interface ReplyState extends FormState<ReplyField> {
  submissionKey: string;
}
