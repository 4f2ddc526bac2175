"use server";

import { revalidatePath } from "next/cache";
import { accepted, type FormState, readTextFields, refused } from "@/components/form-state";
import { AppError, genericErrorMessage } from "@/lib/errors";
import { log } from "@/lib/log";
import { deactivateStaffMember } from "@/lib/staff/deactivate-staff-member";
import { inviteStaffMember } from "@/lib/staff/invite-staff-member";
import { requireAdmin } from "@/lib/staff/require-agent";

export type InviteState = FormState<"email" | "role">;

/** An admin invites someone to the support team. */
export async function inviteAction(
  previous: InviteState,
  formData: FormData,
): Promise<InviteState> {
  const admin = await requireAdmin();
  const values = readTextFields(formData, ["email", "role"] as const);
  try {
    await inviteStaffMember(admin, values);
  } catch (error) {
    if (error instanceof AppError)
      return refused(previous, values, { formError: error.userMessage });
    log.error("staff.invite_failed", error);
    return refused(previous, values, { formError: genericErrorMessage });
  }
  revalidatePath("/staff/team");
  return accepted(previous, { email: values.email });
}

export type DeactivateState = FormState<"userId">;

/** An admin deactivates a member of the support team. */
export async function deactivateAction(
  previous: DeactivateState,
  formData: FormData,
): Promise<DeactivateState> {
  const admin = await requireAdmin();
  const values = readTextFields(formData, ["userId"] as const);
  try {
    await deactivateStaffMember(admin, values.userId);
  } catch (error) {
    if (error instanceof AppError)
      return refused(previous, values, { formError: error.userMessage });
    log.error("staff.deactivate_failed", error);
    return refused(previous, values, { formError: genericErrorMessage });
  }
  revalidatePath("/staff/team");
  return accepted(previous, {});
}
