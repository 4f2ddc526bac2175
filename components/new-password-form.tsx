"use client";

import { useActionState } from "react";
import { type NewPasswordFormState, resetPassword } from "@/app/auth/link/actions";
import { ErrorSummary } from "./error-summary";
import { initialFormState } from "./form-state";
import { passwordRule } from "./password-rule";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import { useSingleSubmit } from "./use-single-submit";

/** The form a reset link opens: the new password is set when the link is spent. */
export function NewPasswordForm({ token }: { token: string }) {
  const initial: NewPasswordFormState = initialFormState();
  const [state, formAction, pending] = useActionState(resetPassword, initial);
  const onSubmit = useSingleSubmit(formAction, pending);
  const error = state.fieldErrors.password;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {state.status === "invalid" && (
        <ErrorSummary
          key={`problems-${state.attempt}`}
          title="Your password was not changed yet"
          errors={error ? [{ fieldId: "new-password", message: error }] : []}
          formError={state.formError}
        />
      )}
      <input type="hidden" name="token" value={token} />
      <TextField
        id="new-password"
        name="password"
        type="password"
        label="New password"
        hint={passwordRule}
        autoComplete="new-password"
        error={error}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save the new password
        </SubmitButton>
      </div>
    </form>
  );
}
