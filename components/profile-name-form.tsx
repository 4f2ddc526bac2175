"use client";

import { useActionState } from "react";
import { type NameFormState, saveName } from "@/app/profile/actions";
import { ErrorSummary } from "./error-summary";
import { initialFormState } from "./form-state";
import { FormSuccess } from "./form-success";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import { useSingleSubmit } from "./use-single-submit";

export function ProfileNameForm({ name }: { name: string }) {
  const initial: NameFormState = initialFormState({ name });
  const [state, formAction, pending] = useActionState(saveName, initial);
  const onSubmit = useSingleSubmit(formAction, pending);
  const error = state.fieldErrors.name;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {state.status === "invalid" && (
        <ErrorSummary
          key={`problems-${state.attempt}`}
          title="Your name was not saved"
          errors={error ? [{ fieldId: "profile-name", message: error }] : []}
          formError={state.formError}
        />
      )}
      {state.status === "done" && (
        <FormSuccess key={`success-${state.attempt}`} title="Your name has been saved">
          <p>Support sees it on your tickets from now on.</p>
        </FormSuccess>
      )}
      <TextField
        id="profile-name"
        name="name"
        label="Your name"
        autoComplete="name"
        defaultValue={state.values.name}
        error={error}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save name
        </SubmitButton>
      </div>
    </form>
  );
}
