import "server-only";
import { after } from "next/server";
import { accepted, type FormState, readTextFields, refused } from "@/components/form-state";
import { emailOnlyInput } from "@/lib/auth/auth-input";
import type { LinkRequestResult } from "@/lib/auth/request-sign-in-link";
import { genericErrorMessage } from "@/lib/errors";
import { log } from "@/lib/log";
import { kickOutboxSender } from "@/lib/mail/start-outbox-sender";
import { currentClientIp } from "@/lib/security/client-ip";

export type EmailLinkFormState = FormState<"email">;

export const tooManyLinkRequests = "Too many requests for links. Try again in an hour.";

/**
 * The one way Log in, Track my ticket and Forgot your password answer a request for an emailed
 * link: the same answer whether or not the address is known, unless the limits refuse it.
 */
export async function answerLinkRequest(
  previous: EmailLinkFormState,
  formData: FormData,
  send: (request: { email: string; ip: string }) => Promise<LinkRequestResult>,
): Promise<EmailLinkFormState> {
  const values = readTextFields(formData, ["email"]);
  const parsed = emailOnlyInput.safeParse(values);
  if (!parsed.success) {
    return refused(previous, values, { fieldErrors: { email: parsed.error.issues[0]?.message } });
  }

  try {
    const result = await send({ email: parsed.data.email, ip: await currentClientIp() });
    if (!result.ok) return refused(previous, values, { formError: tooManyLinkRequests });
  } catch (error) {
    log.error("auth.link_request_failed", error);
    return refused(previous, values, { formError: genericErrorMessage });
  }
  after(kickOutboxSender);
  return accepted(previous, { email: parsed.data.email });
}
