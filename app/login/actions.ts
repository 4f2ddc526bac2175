"use server";

import { redirect } from "next/navigation";
import { answerLinkRequest, type EmailLinkFormState } from "@/app/auth/answer-link-request";
import { type FormState, fieldErrorsFrom, readTextFields, refused } from "@/components/form-state";
import { passwordSignInInput } from "@/lib/auth/auth-input";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { type SignInOutcome, signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { getConfig } from "@/lib/config/config";
import { genericErrorMessage } from "@/lib/errors";
import { log } from "@/lib/log";
import { currentClientIp } from "@/lib/security/client-ip";

/** The failure that started a ban says so at once, not only on the next page opened. */
function bannedNow() {
  const { bans, supportEmail } = getConfig();
  return (
    `That email and password do not match, and there have been too many failed sign-ins from ` +
    `your IP address: it is banned for ${bans.minutes} minutes. If it is still banned then, ` +
    `write to ${supportEmail}.`
  );
}

export type SignInFormState = FormState<"email" | "password">;

const noMatch =
  "That email and password do not match. If you just registered, open the link we emailed you first.";

export async function signIn(
  previous: SignInFormState,
  formData: FormData,
): Promise<SignInFormState> {
  const { email, password } = readTextFields(formData, ["email", "password"]);
  const parsed = passwordSignInInput.safeParse({ email, password });
  if (!parsed.success) {
    return refused(previous, { email }, { fieldErrors: fieldErrorsFrom(parsed.error.issues) });
  }

  let outcome: SignInOutcome;
  try {
    outcome = await signInWithPassword({ ...parsed.data, ip: await currentClientIp() });
  } catch (error) {
    log.error("auth.sign_in_failed", error);
    return refused(previous, { email }, { formError: genericErrorMessage });
  }
  if (outcome === "no_match") return refused(previous, { email }, { formError: noMatch });
  if (outcome === "banned") return refused(previous, { email }, { formError: bannedNow() });
  redirect(safeRedirectPath(formData.get("callbackUrl")));
}

export async function emailSignInLink(
  previous: EmailLinkFormState,
  formData: FormData,
): Promise<EmailLinkFormState> {
  return answerLinkRequest(previous, formData, (request) =>
    requestSignInLink({ ...request, context: "sign_in" }),
  );
}
