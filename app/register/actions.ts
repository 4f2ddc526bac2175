"use server";

import { after } from "next/server";
import { tooManyLinkRequests } from "@/app/auth/answer-link-request";
import {
  accepted,
  type FormState,
  fieldErrorsFrom,
  readTextFields,
  refused,
} from "@/components/form-state";
import { registrationInput } from "@/lib/auth/auth-input";
import { requestRegistration } from "@/lib/auth/request-registration";
import { genericErrorMessage } from "@/lib/errors";
import { log } from "@/lib/log";
import { kickOutboxSender } from "@/lib/mail/start-outbox-sender";
import { currentClientIp } from "@/lib/security/client-ip";

export type RegistrationFormState = FormState<"name" | "email" | "password">;

export async function register(
  previous: RegistrationFormState,
  formData: FormData,
): Promise<RegistrationFormState> {
  const { name, email, password } = readTextFields(formData, ["name", "email", "password"]);
  const parsed = registrationInput.safeParse({ name, email, password });
  if (!parsed.success) {
    return refused(
      previous,
      { name, email },
      { fieldErrors: fieldErrorsFrom(parsed.error.issues) },
    );
  }

  try {
    const result = await requestRegistration({ ...parsed.data, ip: await currentClientIp() });
    if (!result.ok) return refused(previous, { name, email }, { formError: tooManyLinkRequests });
  } catch (error) {
    log.error("auth.registration_failed", error);
    return refused(previous, { name, email }, { formError: genericErrorMessage });
  }
  after(kickOutboxSender);
  return accepted(previous, { name: parsed.data.name, email: parsed.data.email });
}
