"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { accepted, type FormState, readTextFields, refused } from "@/components/form-state";
import { AppError, genericErrorMessage } from "@/lib/errors";
import { log } from "@/lib/log";
import { kickOutboxSender } from "@/lib/mail/start-outbox-sender";
import { retryFailedEmail } from "@/lib/staff/email-delivery";
import { requireAdmin } from "@/lib/staff/require-agent";

export type RetryState = FormState<"emailId">;

/** An admin sends a failed email again from the Email delivery screen. */
export async function retryEmailAction(
  previous: RetryState,
  formData: FormData,
): Promise<RetryState> {
  const admin = await requireAdmin();
  const values = readTextFields(formData, ["emailId"] as const);
  try {
    await retryFailedEmail(admin, values.emailId);
  } catch (error) {
    if (error instanceof AppError)
      return refused(previous, values, { formError: error.userMessage });
    log.error("staff.email_retry_failed", error);
    return refused(previous, values, { formError: genericErrorMessage });
  }
  after(kickOutboxSender);
  revalidatePath("/staff/email");
  return accepted(previous, values);
}
