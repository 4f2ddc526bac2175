"use client";

import { useActionState } from "react";
import { type InviteFormState, inviteUserAction } from "@/app/organisation/actions";
import { ErrorSummary } from "./error-summary";
import { FormField, inputClass } from "./form-field";
import { initialFormState } from "./form-state";
import { FormSuccess } from "./form-success";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";
import { useSingleSubmit } from "./use-single-submit";

/** Invite User: an address and a role; the invitee gets an email with a link to join. */
export function InviteUserForm() {
  const initial: InviteFormState = initialFormState({ role: "user" });
  const [state, formAction, pending] = useActionState(inviteUserAction, initial);
  const onSubmit = useSingleSubmit(formAction, pending);
  const { email: emailError, role: roleError } = state.fieldErrors;
  const errors = [
    ...(emailError ? [{ fieldId: "invite-email", message: emailError }] : []),
    ...(roleError ? [{ fieldId: "invite-role", message: roleError }] : []),
  ];
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {state.status === "invalid" && (
        <ErrorSummary
          key={`problems-${state.attempt}`}
          title="The invitation was not sent"
          errors={errors}
          formError={state.formError}
        />
      )}
      {state.status === "done" && (
        <FormSuccess key={`success-${state.attempt}`} title="Invitation sent">
          <p>
            <span className="break-all">{state.values.email}</span> gets an email with a link to
            join. It works for 7 days.
          </p>
        </FormSuccess>
      )}
      <TextField
        key={`email-${state.status === "done" ? state.attempt : "editing"}`}
        id="invite-email"
        name="email"
        type="email"
        label="Email address"
        autoComplete="off"
        defaultValue={state.status === "done" ? "" : state.values.email}
        error={emailError}
      />
      <FormField id="invite-role" label="Role" error={roleError}>
        {(describedBy, invalid) => (
          <select
            id="invite-role"
            name="role"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
            defaultValue={state.values.role ?? "user"}
          >
            <option value="user">User</option>
            <option value="manager">Manager</option>
          </select>
        )}
      </FormField>
      <div>
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Invite User
        </SubmitButton>
      </div>
    </form>
  );
}
