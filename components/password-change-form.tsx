"use client";

import { useActionState } from "react";
import { type PasswordFormState, savePassword } from "@/app/profile/actions";
import { ErrorSummary } from "./error-summary";
import { initialFormState } from "./form-state";
import { FormSuccess } from "./form-success";
import { passwordRule } from "./password-rule";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import { useSingleSubmit } from "./use-single-submit";

const fields = [
  { field: "currentPassword", id: "current-password" },
  { field: "password", id: "new-password" },
] as const;

/** Change the password, or set a first one for a customer who has only used emailed links. */
export function PasswordChangeForm({ hasPassword }: { hasPassword: boolean }) {
  const initial: PasswordFormState = initialFormState();
  const [state, formAction, pending] = useActionState(savePassword, initial);
  const onSubmit = useSingleSubmit(formAction, pending);
  const errors = state.fieldErrors;
  const summary = fields
    .filter(({ field }) => errors[field])
    .map(({ field, id }) => ({ fieldId: id, message: errors[field] ?? "" }));

  // The fields are keyed by the answer, so that each answer leaves them empty.
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {state.status === "invalid" && (
        <ErrorSummary
          key={`problems-${state.attempt}`}
          title="Your password was not changed"
          errors={summary}
          formError={state.formError}
        />
      )}
      {state.status === "done" && (
        <FormSuccess key={`success-${state.attempt}`} title="Your password has been changed">
          <p>This browser stays signed in; every other browser has been signed out.</p>
        </FormSuccess>
      )}
      {hasPassword && (
        <TextField
          key={`current-${state.attempt}`}
          id="current-password"
          name="currentPassword"
          type="password"
          label="Current password"
          autoComplete="current-password"
          error={errors.currentPassword}
        />
      )}
      <TextField
        key={`new-${state.attempt}`}
        id="new-password"
        name="password"
        type="password"
        label={hasPassword ? "New password" : "Choose a password"}
        hint={passwordRule}
        autoComplete="new-password"
        error={errors.password}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {hasPassword ? "Change password" : "Set password"}
        </SubmitButton>
      </div>
    </form>
  );
}
