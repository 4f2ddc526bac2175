"use client";

import { useActionState } from "react";
import type { NameFormState } from "@/app/organisation/actions";
import { ErrorSummary } from "./error-summary";
import { initialFormState } from "./form-state";
import { FormSuccess } from "./form-success";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import { useSingleSubmit } from "./use-single-submit";

interface OrganisationNameFormProps {
  action: (previous: NameFormState, formData: FormData) => Promise<NameFormState>;
  name?: string;
  submitLabel: string;
  failedTitle: string;
  savedTitle?: string;
}

/** The organisation's name: to create one, or on the Settings tab to rename it. */
export function OrganisationNameForm(props: OrganisationNameFormProps) {
  const initial: NameFormState = initialFormState({ name: props.name ?? "" });
  const [state, formAction, pending] = useActionState(props.action, initial);
  const onSubmit = useSingleSubmit(formAction, pending);
  const error = state.fieldErrors.name;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {state.status === "invalid" && (
        <ErrorSummary
          key={`problems-${state.attempt}`}
          title={props.failedTitle}
          errors={error ? [{ fieldId: "organisation-name", message: error }] : []}
          formError={state.formError}
        />
      )}
      {state.status === "done" && props.savedTitle && (
        <FormSuccess key={`success-${state.attempt}`} title={props.savedTitle}>
          <p>Members see the new name from now on.</p>
        </FormSuccess>
      )}
      <TextField
        id="organisation-name"
        name="name"
        label="Organisation name"
        autoComplete="organization"
        defaultValue={state.values.name}
        error={error}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {props.submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
