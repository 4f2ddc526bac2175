"use server";

import { revalidatePath } from "next/cache";
import { accepted, type FormState, readTextFields, refused } from "@/components/form-state";
import { AppError, genericErrorMessage } from "@/lib/errors";
import { log } from "@/lib/log";
import { liftBlockedIp } from "@/lib/staff/blocked-ips";
import { requireAgent } from "@/lib/staff/require-agent";

export type LiftState = FormState<"ip">;

/** An agent lifts a ban from the Blocked IPs screen. */
export async function liftAction(previous: LiftState, formData: FormData): Promise<LiftState> {
  const agent = await requireAgent();
  const values = readTextFields(formData, ["ip"] as const);
  try {
    await liftBlockedIp(agent, values.ip);
  } catch (error) {
    if (error instanceof AppError)
      return refused(previous, values, { formError: error.userMessage });
    log.error("staff.lift_failed", error);
    return refused(previous, values, { formError: genericErrorMessage });
  }
  revalidatePath("/staff/blocked-ips");
  return accepted(previous, values);
}
