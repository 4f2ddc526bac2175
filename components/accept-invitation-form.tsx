"use client";

import { useActionState } from "react";
import { acceptInvitationAction } from "@/app/invitation/actions";
import { initialActionState } from "@/app/organisation/action-state";
import { SubmitButton } from "./submit-button";
import { useSingleSubmit } from "./use-single-submit";

/** The button that accepts an invitation: only this POST spends the link, never the GET. */
export function AcceptInvitationForm({ token, label }: { token: string; label: string }) {
  const [state, formAction, pending] = useActionState(acceptInvitationAction, initialActionState);
  const onSubmit = useSingleSubmit(formAction, pending);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col items-start gap-2">
      <input type="hidden" name="token" value={token} />
      {state.error && (
        <p key={state.attempt} role="alert" className="font-medium text-red-700">
          {state.error}
        </p>
      )}
      <SubmitButton pending={pending} pendingLabel="Joining…">
        {label}
      </SubmitButton>
    </form>
  );
}
