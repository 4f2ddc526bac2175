"use client";

import { useActionState } from "react";
import { openEmailedLink } from "@/app/auth/link/actions";
import { SubmitButton } from "./submit-button";
import { useSingleSubmit } from "./use-single-submit";

interface LinkButtonFormProps {
  token: string;
  label: string;
}

/** The one button on a sign-in link's page: only this POST spends the link, never the GET. */
export function LinkButtonForm({ token, label }: LinkButtonFormProps) {
  const [, formAction, pending] = useActionState(openEmailedLink, null);
  const onSubmit = useSingleSubmit(formAction, pending);
  return (
    <form action={formAction} onSubmit={onSubmit}>
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        {label}
      </SubmitButton>
    </form>
  );
}
