"use client";

import { useActionState, useEffect, useRef } from "react";
import { replyToTicket } from "@/app/my-tickets/[reference]/actions";
import type { ReplyState } from "@/app/my-tickets/[reference]/reply-state";
import { AttachmentsField } from "./attachments-field";
import { ErrorSummary } from "./error-summary";
import { FormField, inputClass } from "./form-field";
import { SubmitButton } from "./submit-button";
import { useAttachmentForm } from "./use-attachment-form";

interface ReplyFormProps {
  reference: string;
  submissionKey: string;
  reopens: boolean;
  attachmentHint: string;
  /** Files go to UploadThing from the browser instead of with the form. */
  uploadsToUploadThing?: boolean;
}

export function ReplyForm({
  reference,
  submissionKey,
  reopens,
  attachmentHint,
  uploadsToUploadThing,
}: ReplyFormProps) {
  const initial: ReplyState = {
    status: "editing",
    attempt: 0,
    values: {},
    fieldErrors: {},
    submissionKey,
  };
  const [state, formAction, pending] = useActionState(replyToTicket, initial);
  const { onSubmit: submit, sizeProblem } = useAttachmentForm(
    formAction,
    pending,
    "reply-attachments",
  );
  const errors = { ...state.fieldErrors, ...(sizeProblem ? { attachments: sizeProblem } : {}) };
  const summary = (["body", "attachments"] as const)
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: `reply-${field}`, message: errors[field] ?? "" }));

  return (
    <form
      key={state.submissionKey}
      action={formAction}
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-4"
    >
      <h2 className="text-xl font-semibold">{reopens ? "Reply to reopen this ticket" : "Reply"}</h2>
      {state.status === "invalid" && (
        <ErrorSummary
          key={state.attempt}
          title="Your reply was not sent"
          errors={summary}
          formError={state.formError}
        />
      )}
      {state.status === "done" && <ReplySent />}
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="submissionKey" value={state.submissionKey} />
      <FormField id="reply-body" label="Your reply" error={errors.body}>
        {(describedBy, invalid) => (
          <textarea
            id="reply-body"
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
        id="reply-attachments"
        hint={attachmentHint}
        error={errors.attachments}
        upload={
          uploadsToUploadThing ? { form: "reply", submissionKey: state.submissionKey } : undefined
        }
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Send reply
        </SubmitButton>
      </div>
    </form>
  );
}

/** The form is rebuilt empty after a reply, so focus moves here instead of being lost. */
function ReplySent() {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => notice.current?.focus(), []);
  return (
    <p
      ref={notice}
      tabIndex={-1}
      role="status"
      className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900 focus:outline-2 focus:outline-green-700"
    >
      Your reply was sent.
    </p>
  );
}
