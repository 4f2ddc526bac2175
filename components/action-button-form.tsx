"use client";

import { useActionState } from "react";
import { type ActionState, initialActionState } from "@/app/organisation/action-state";
import { SubmitButton } from "./submit-button";
import { useSingleSubmit } from "./use-single-submit";

interface ActionButtonFormProps {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  /** What the button acts on, read out after its label, e.g. "ana@example.com". */
  context?: string;
  pendingLabel: string;
  look?: "primary" | "secondary";
}

/** One button that posts a few hidden fields and says what came of it next to itself. */
export function ActionButtonForm(props: ActionButtonFormProps) {
  const [state, formAction, pending] = useActionState(props.action, initialActionState);
  const onSubmit = useSingleSubmit(formAction, pending);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col items-start gap-1">
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton
        pending={pending}
        pendingLabel={props.pendingLabel}
        look={props.look ?? "secondary"}
      >
        {props.label}
        {props.context && <span className="sr-only"> {props.context}</span>}
      </SubmitButton>
      {state.error && (
        <p key={state.attempt} role="alert" className="text-sm font-medium text-red-700">
          {state.error}
        </p>
      )}
      {state.notice && !state.error && (
        <p role="status" className="text-sm text-green-800">
          {state.notice}
        </p>
      )}
    </form>
  );
}
