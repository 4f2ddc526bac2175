"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import { sendStaffMessage } from "@/app/staff/tickets/[reference]/actions";
import type { StaffMessageState } from "@/app/staff/tickets/[reference]/staff-message-state";
import { withSettledUploads } from "../attachment-uploads";
import { AttachmentsField } from "../attachments-field";
import { ErrorSummary } from "../error-summary";
import { FormField, inputClass } from "../form-field";
import { SubmitButton } from "../submit-button";
import { withoutEmptyFiles } from "../without-empty-files";

interface Props {
  reference: string;
  submissionKey: string;
  lastMessageId: string;
  attachmentHint: string;
  /** Files go to UploadThing from the browser instead of with the form. */
  uploadsToUploadThing?: boolean;
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
  uploadsToUploadThing,
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
  // One send per click, and an empty file input is not sent as a nameless file. Files still
  // uploading to UploadThing are waited for; a failed upload is reported by its field.
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    const form = event.currentTarget;
    const formData = await withSettledUploads(form, withoutEmptyFiles(new FormData(form)));
    if (!formData) {
      sending.current = false;
      return;
    }
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
      <AttachmentsField
        id="staff-attachments"
        hint={attachmentHint}
        error={state.fieldErrors.attachments}
        upload={
          uploadsToUploadThing ? { form: "staff", submissionKey: state.submissionKey } : undefined
        }
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Sending…">
          {state.someoneReplied ? "Send anyway" : "Send"}
        </SubmitButton>
      </div>
    </form>
  );
}
