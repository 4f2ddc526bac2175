"use client";

import { useActionState } from "react";
import {
  type InvitationRegistrationState,
  registerFromInvitationAction,
} from "@/app/invitation/actions";
import { ErrorSummary } from "./error-summary";
import { initialFormState } from "./form-state";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import { useSingleSubmit } from "./use-single-submit";

/** Register now, from an invitation: the address is the invited one and needs no confirming. */
export function InvitationRegistrationForm({ token, email }: { token: string; email: string }) {
  const initial: InvitationRegistrationState = initialFormState();
  const [state, formAction, pending] = useActionState(registerFromInvitationAction, initial);
  const onSubmit = useSingleSubmit(formAction, pending);
  const { name: nameError, password: passwordError } = state.fieldErrors;
  const errors = [
    ...(nameError ? [{ fieldId: "invitation-name", message: nameError }] : []),
    ...(passwordError ? [{ fieldId: "invitation-password", message: passwordError }] : []),
  ];
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {state.status === "invalid" && (
        <ErrorSummary
          key={`problems-${state.attempt}`}
          title="Your account was not created"
          errors={errors}
          formError={state.formError}
        />
      )}
      <input type="hidden" name="token" value={token} />
      <TextField id="invitation-email" label="Email address" value={email} readOnly />
      <TextField
        id="invitation-name"
        name="name"
        label="Your name"
        autoComplete="name"
        defaultValue={state.values.name}
        error={nameError}
      />
      <TextField
        id="invitation-password"
        name="password"
        type="password"
        label="Choose a password"
        hint="At least 8 characters. A few words together work well."
        autoComplete="new-password"
        error={passwordError}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Registering…">
          Register and join
        </SubmitButton>
      </div>
    </form>
  );
}
