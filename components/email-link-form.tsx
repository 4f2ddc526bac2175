"use client";

import { useActionState } from "react";
import { ErrorSummary } from "./error-summary";
import { type FormState, initialFormState } from "./form-state";
import { FormSuccess } from "./form-success";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import { useSingleSubmit } from "./use-single-submit";

interface EmailLinkFormProps {
  action: (previous: FormState<"email">, formData: FormData) => Promise<FormState<"email">>;
  /** Prefixes the field's id, so that two forms can share a page. */
  idPrefix: string;
  submitLabel: string;
  sentTitle: string;
  sentMessage: string;
  look?: "primary" | "secondary";
}

/** One email address in, one emailed link out: the same answer whether or not it is known. */
export function EmailLinkForm(props: EmailLinkFormProps) {
  const { action, idPrefix, submitLabel, sentTitle, sentMessage, look } = props;
  const [state, formAction, pending] = useActionState(action, initialFormState<"email">());
  const onSubmit = useSingleSubmit(formAction, pending);
  const fieldId = `${idPrefix}-email`;

  if (state.status === "done") {
    return (
      <FormSuccess title={sentTitle}>
        <p>{sentMessage}</p>
      </FormSuccess>
    );
  }

  const error = state.fieldErrors.email;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {state.status === "invalid" && (
        <ErrorSummary
          key={`problems-${state.attempt}`}
          title="We could not send a link"
          errors={error ? [{ fieldId, message: error }] : []}
          formError={state.formError}
        />
      )}
      <TextField
        id={fieldId}
        name="email"
        type="email"
        label="Email address"
        autoComplete="email"
        defaultValue={state.values.email}
        error={error}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Sending…" look={look}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
