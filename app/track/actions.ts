"use server";

import { answerLinkRequest, type EmailLinkFormState } from "@/app/auth/answer-link-request";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";

export async function emailTrackingLink(
  previous: EmailLinkFormState,
  formData: FormData,
): Promise<EmailLinkFormState> {
  return answerLinkRequest(previous, formData, (request) =>
    requestSignInLink({ ...request, context: "track" }),
  );
}
