"use client";

import { useActionState } from "react";
import { type ConfirmRegistrationFormState, confirmRegistration } from "@/app/auth/link/actions";
import { ErrorSummary } from "./error-summary";
import { initialFormState } from "./form-state";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import { useSingleSubmit } from "./use-single-submit";

/** The form a registration link opens: the password chosen when registering confirms it. */
export function ConfirmRegistrationForm({ token, email }: { token: string; email: string }) {
  const initial: ConfirmRegistrationFormState = initialFormState();
  const [state, formAction, pending] = useActionState(confirmRegistration, initial);
  const onSubmit = useSingleSubmit(formAction, pending);
  const error = state.fieldErrors.password;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {state.status === "invalid" && (
        <ErrorSummary
          key={`problems-${state.attempt}`}
          title="Your address is not confirmed yet"
          errors={error ? [{ fieldId: "registration-password", message: error }] : []}
          formError={state.formError}
        />
      )}
      <input type="hidden" name="token" value={token} />
      <TextField
        id="registration-password"
        name="password"
        type="password"
        label="Password"
        hint="The password you chose when you registered."
        autoComplete="current-password"
        error={error}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Confirming…">
          Confirm {email}
        </SubmitButton>
      </div>
    </form>
  );
}
