"use server";

import { answerLinkRequest, type EmailLinkFormState } from "@/app/auth/answer-link-request";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";

export async function emailPasswordResetLink(
  previous: EmailLinkFormState,
  formData: FormData,
): Promise<EmailLinkFormState> {
  return answerLinkRequest(previous, formData, requestPasswordReset);
}
