"use client";

import { useActionState } from "react";
import { openEmailedLink } from "@/app/auth/link/actions";
import { SubmitButton } from "./submit-button";
import { useSingleSubmit } from "./use-single-submit";

interface LinkButtonFormProps {
  token: string;
  purpose: "sign_in" | "verify_email";
  label: string;
}

/** The one button on an emailed link's page: only this POST spends the link, never the GET. */
export function LinkButtonForm({ token, purpose, label }: LinkButtonFormProps) {
  const [, formAction, pending] = useActionState(openEmailedLink, null);
  const onSubmit = useSingleSubmit(formAction, pending);
  return (
    <form action={formAction} onSubmit={onSubmit}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="purpose" value={purpose} />
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        {label}
      </SubmitButton>
    </form>
  );
}
