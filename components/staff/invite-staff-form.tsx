"use client";

import { useActionState } from "react";
import { type InviteState, inviteAction } from "@/app/staff/team/actions";
import { inputClass } from "../form-field";
import { SubmitButton } from "../submit-button";
import { useSingleSubmit } from "../use-single-submit";

/** An admin's form to invite someone to the support team; the link goes by email. */
export function InviteStaffForm() {
  const [state, formAction, pending] = useActionState(inviteAction, {
    status: "editing",
    attempt: 0,
    values: {},
    fieldErrors: {},
  } satisfies InviteState);
  const submit = useSingleSubmit(formAction, pending);
  return (
    <form
      key={state.status === "done" ? state.attempt : "editing"}
      action={formAction}
      onSubmit={submit}
      noValidate
      className="flex flex-wrap items-end gap-3"
    >
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor="invite-email" className="text-sm font-medium">
          Email address
        </label>
        <input
          id="invite-email"
          name="email"
          type="email"
          defaultValue={state.status === "invalid" ? state.values.email : ""}
          className={inputClass}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="invite-role" className="text-sm font-medium">
          Role
        </label>
        <select id="invite-role" name="role" defaultValue="agent" className={inputClass}>
          <option value="agent">Agent</option>
          <option value="admin">Admin</option>
        </select>
      </div>
      <SubmitButton pending={pending} pendingLabel="Inviting…">
        Invite
      </SubmitButton>
      {state.status === "invalid" && (
        <p role="alert" className="w-full text-sm font-medium text-red-700">
          {state.formError}
        </p>
      )}
      {state.status === "done" && (
        <p role="status" className="w-full text-sm text-green-800">
          Invited {state.values.email}; they will get a link to set up their account.
        </p>
      )}
    </form>
  );
}
