"use client";

import { useActionState } from "react";
import { type RegistrationFormState, register } from "@/app/register/actions";
import { passwordLimits } from "@/lib/auth/password-limits";
import { ErrorSummary } from "./error-summary";
import { initialFormState } from "./form-state";
import { FormSuccess } from "./form-success";
import { passwordRule } from "./password-rule";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import { useSingleSubmit } from "./use-single-submit";

const fieldOrder = ["name", "email", "password"] as const;

/** Register now: the account exists once the emailed link is opened. */
export function RegistrationForm({ verifyHours }: { verifyHours: number }) {
  const initial: RegistrationFormState = initialFormState();
  const [state, formAction, pending] = useActionState(register, initial);
  const onSubmit = useSingleSubmit(formAction, pending);

  if (state.status === "done") {
    return (
      <FormSuccess title="Check your email">
        <p>
          We have sent an email to <strong className="break-all">{state.values.email}</strong>. Open
          the link in it to finish registering; it works for {verifyHours} hours.
        </p>
        <p>If you already have an account, the email tells you how to log in instead.</p>
      </FormSuccess>
    );
  }

  const errors = state.fieldErrors;
  const summary = fieldOrder
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: `register-${field}`, message: errors[field] ?? "" }));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {state.status === "invalid" && (
        <ErrorSummary
          key={`problems-${state.attempt}`}
          title="You are not registered yet"
          errors={summary}
          formError={state.formError}
        />
      )}
      <TextField
        id="register-name"
        name="name"
        label="Your name"
        autoComplete="name"
        defaultValue={state.values.name}
        error={errors.name}
      />
      <TextField
        id="register-email"
        name="email"
        type="email"
        label="Email address"
        hint="We email you a link to confirm it is yours."
        autoComplete="email"
        defaultValue={state.values.email}
        error={errors.email}
      />
      <TextField
        id="register-password"
        name="password"
        type="password"
        label="Password"
        hint={passwordRule}
        autoComplete="new-password"
        maxLength={passwordLimits.max}
        error={errors.password}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Registering…">
          Register
        </SubmitButton>
      </div>
    </form>
  );
}
