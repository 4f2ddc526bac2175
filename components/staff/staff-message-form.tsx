"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import { sendStaffMessage } from "@/app/staff/tickets/[reference]/actions";
import type { StaffMessageState } from "@/app/staff/tickets/[reference]/staff-message-state";
import { acceptedExtensions } from "@/lib/files/attachment-rules";
import { ErrorSummary } from "../error-summary";
import { FormField, inputClass } from "../form-field";
import { SubmitButton } from "../submit-button";
import { withoutEmptyFiles } from "../without-empty-files";

interface Props {
  reference: string;
  submissionKey: string;
  lastMessageId: string;
  attachmentHint: string;
}

/**
 * A public reply or an internal note. The newest message the agent has seen travels with the
 * form; if someone else wrote since, the server answers with a warning and the agent confirms.
 */
export function StaffMessageForm({
  reference,
  submissionKey,
  lastMessageId,
  attachmentHint,
}: Props) {
  const initial: StaffMessageState = {
    status: "editing",
    attempt: 0,
    values: {},
    fieldErrors: {},
    submissionKey,
    seenLastMessageId: lastMessageId,
    someoneReplied: false,
  };
  const [state, formAction, pending] = useActionState(sendStaffMessage, initial);
  const sending = useRef(false);
  useEffect(() => {
    if (!pending) sending.current = false;
  }, [pending]);
  // One send per click, and an empty file input is not sent as a nameless file.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    const formData = withoutEmptyFiles(new FormData(event.currentTarget));
    startTransition(() => formAction(formData));
  };
  const summary = (["body", "attachments"] as const)
    .filter((field) => state.fieldErrors[field])
    .map((field) => ({ fieldId: `staff-${field}`, message: state.fieldErrors[field] ?? "" }));

  return (
    <form
      key={state.submissionKey}
      action={formAction}
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-4"
    >
      <h2 className="text-xl font-semibold">Reply or add an internal note</h2>
      {state.someoneReplied && (
        <p role="alert" className="rounded-md border border-amber-600 bg-amber-50 p-3">
          Someone else wrote on this ticket since you opened this page. Reload to read it, or send
          again to send anyway.
        </p>
      )}
      {state.status === "invalid" && !state.someoneReplied && (
        <ErrorSummary
          key={state.attempt}
          title="Nothing was sent"
          errors={summary}
          formError={state.formError}
        />
      )}
      {state.status === "done" && (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3">
          Sent.
        </p>
      )}
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="submissionKey" value={state.submissionKey} />
      <input type="hidden" name="seenLastMessageId" value={state.seenLastMessageId} />
      {state.someoneReplied && <input type="hidden" name="sendAnyway" value="yes" />}
      <fieldset className="flex gap-4">
        <legend className="sr-only">Kind of message</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="kind" value="reply" defaultChecked /> Public reply
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="kind" value="note" /> Internal note (staff only)
        </label>
      </fieldset>
      <FormField id="staff-body" label="Message" error={state.fieldErrors.body}>
        {(describedBy, invalid) => (
          <textarea
            id="staff-body"
            name="body"
            rows={6}
            defaultValue={state.values.body}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </FormField>
      <FormField
        id="staff-attachments"
        label="Attachments (optional)"
        hint={attachmentHint}
        error={state.fieldErrors.attachments}
      >
        {(describedBy, invalid) => (
          <input
            id="staff-attachments"
            name="attachments"
            type="file"
            multiple
            accept={acceptedExtensions.join(",")}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </FormField>
      <div>
        <SubmitButton pending={pending} pendingLabel="Sending…">
          {state.someoneReplied ? "Send anyway" : "Send"}
        </SubmitButton>
      </div>
    </form>
  );
}
