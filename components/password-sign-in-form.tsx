"use client";

import { useActionState } from "react";
import { type SignInFormState, signIn } from "@/app/login/actions";
import { ErrorSummary } from "./error-summary";
import { initialFormState } from "./form-state";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import { useSingleSubmit } from "./use-single-submit";

const fields = [
  { field: "email", id: "sign-in-email" },
  { field: "password", id: "sign-in-password" },
] as const;

/** Log in with an email address and password, then go back to `callbackUrl`. */
export function PasswordSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const initial: SignInFormState = initialFormState();
  const [state, formAction, pending] = useActionState(signIn, initial);
  const onSubmit = useSingleSubmit(formAction, pending);
  const errors = state.fieldErrors;
  const summary = fields
    .filter(({ field }) => errors[field])
    .map(({ field, id }) => ({ fieldId: id, message: errors[field] ?? "" }));

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {state.status === "invalid" && (
        <ErrorSummary
          key={`problems-${state.attempt}`}
          title="You are not signed in yet"
          errors={summary}
          formError={state.formError}
        />
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        id="sign-in-email"
        name="email"
        type="email"
        label="Email address"
        autoComplete="username"
        defaultValue={state.values.email}
        error={errors.email}
      />
      <TextField
        // A new, empty field after every answer: a password is never kept or sent back.
        key={`password-${state.attempt}`}
        id="sign-in-password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        error={errors.password}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Signing in…">
          Log in
        </SubmitButton>
      </div>
    </form>
  );
}
