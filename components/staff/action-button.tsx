"use client";

import { useActionState } from "react";
import type { FormState } from "../form-state";
import { SubmitButton } from "../submit-button";
import { useSingleSubmit } from "../use-single-submit";

type Action = (previous: FormState<string>, formData: FormData) => Promise<FormState<string>>;

/** A one-button form posting hidden fields to a server action, with its refusal shown beside. */
export function ActionButton({
  action,
  fields,
  label,
  pendingLabel,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, {
    status: "editing",
    attempt: 0,
    values: {},
    fieldErrors: {},
  });
  const submit = useSingleSubmit(formAction, pending);
  return (
    <form action={formAction} onSubmit={submit} className="flex items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} pendingLabel={pendingLabel} look="secondary">
        {label}
      </SubmitButton>
      {state.status === "invalid" && (
        <span role="alert" className="text-sm text-red-700">
          {state.formError}
        </span>
      )}
    </form>
  );
}
