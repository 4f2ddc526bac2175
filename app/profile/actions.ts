"use server";

import { refresh } from "next/cache";
import {
  accepted,
  type FormState,
  fieldErrorsFrom,
  readTextFields,
  refused,
} from "@/components/form-state";
import { passwordChangeInput, profileInput } from "@/lib/auth/auth-input";
import { requireAccount } from "@/lib/auth/current-actor";
import { changePassword, updateProfileName } from "@/lib/auth/update-account";
import { genericErrorMessage } from "@/lib/errors";
import { log } from "@/lib/log";

export type NameFormState = FormState<"name">;
export type PasswordFormState = FormState<"currentPassword" | "password">;

export async function saveName(
  previous: NameFormState,
  formData: FormData,
): Promise<NameFormState> {
  const values = readTextFields(formData, ["name"]);
  const parsed = profileInput.safeParse(values);
  if (!parsed.success) {
    return refused(previous, values, { fieldErrors: fieldErrorsFrom(parsed.error.issues) });
  }
  const account = await requireAccount("/profile");

  try {
    await updateProfileName(account, parsed.data.name);
  } catch (error) {
    log.error("profile.name_failed", error, { userId: account.userId });
    return refused(previous, values, { formError: genericErrorMessage });
  }
  // The header shows the name too.
  refresh();
  return accepted(previous, { name: parsed.data.name });
}

export async function savePassword(
  previous: PasswordFormState,
  formData: FormData,
): Promise<PasswordFormState> {
  const parsed = passwordChangeInput.safeParse(
    readTextFields(formData, ["currentPassword", "password"]),
  );
  if (!parsed.success) {
    return refused(previous, {}, { fieldErrors: fieldErrorsFrom(parsed.error.issues) });
  }
  const account = await requireAccount("/profile");

  let result: Awaited<ReturnType<typeof changePassword>>;
  try {
    result = await changePassword(account, {
      currentPassword: parsed.data.currentPassword,
      newPassword: parsed.data.password,
    });
  } catch (error) {
    log.error("profile.password_failed", error, { userId: account.userId });
    return refused(previous, {}, { formError: genericErrorMessage });
  }
  if (result === "wrong_current_password") {
    const currentPassword = "That is not your current password.";
    return refused(previous, {}, { fieldErrors: { currentPassword } });
  }
  // Someone who had no password has one now: the form asks for it from now on.
  refresh();
  return accepted(previous, {});
}
