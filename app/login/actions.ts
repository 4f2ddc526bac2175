"use server";

import { redirect } from "next/navigation";
import { answerLinkRequest, type EmailLinkFormState } from "@/app/auth/answer-link-request";
import { type FormState, fieldErrorsFrom, readTextFields, refused } from "@/components/form-state";
import { passwordSignInInput } from "@/lib/auth/auth-input";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { genericErrorMessage } from "@/lib/errors";
import { log } from "@/lib/log";
import { currentClientIp } from "@/lib/security/client-ip";

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

  let signedIn: boolean;
  try {
    signedIn = await signInWithPassword({ ...parsed.data, ip: await currentClientIp() });
  } catch (error) {
    log.error("auth.sign_in_failed", error);
    return refused(previous, { email }, { formError: genericErrorMessage });
  }
  if (!signedIn) return refused(previous, { email }, { formError: noMatch });
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
