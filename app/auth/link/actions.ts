"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { type FormState, fieldErrorsFrom, refused } from "@/components/form-state";
import { newPasswordInput } from "@/lib/auth/auth-input";
import { inspectLinkToken } from "@/lib/auth/link-tokens";
import { passwordLimits } from "@/lib/auth/password-limits";
import { spendLink } from "@/lib/auth/spend-link";
import { currentClientIp } from "@/lib/security/client-ip";
import { homePageFor } from "@/lib/staff/home-page-for";

const wrongRegistrationPassword =
  "This is not the password chosen when registering. If you did not register, ignore the " +
  "email: without that password nothing happens.";

const linkToken = z.string().max(100);

const confirmation = z.object({
  token: linkToken,
  password: z
    .string({ error: "Enter the password you chose when you registered." })
    .min(1, "Enter the password you chose when you registered.")
    .max(passwordLimits.max, wrongRegistrationPassword),
});

/** Back to the link's page, which now says why it no longer works. */
function linkPage(token: unknown): string {
  return typeof token === "string" ? `/auth/link?token=${encodeURIComponent(token)}` : "/auth/link";
}

/** The button on a sign-in link's page: spends the link and signs in. */
export async function openEmailedLink(_previous: null, formData: FormData): Promise<null> {
  const token = linkToken.safeParse(formData.get("token"));
  if (!token.success) redirect(linkPage(formData.get("token")));

  const redeemed = await spendLink(
    { purpose: "sign_in", token: token.data },
    await currentClientIp(),
  );
  redirect("userId" in redeemed ? "/my-tickets" : linkPage(token.data));
}

export type ConfirmRegistrationFormState = FormState<"password">;

/**
 * The form on a registration link's page: the password chosen when registering confirms the
 * address, spends the link and signs in. A wrong password leaves the link as it was.
 */
export async function confirmRegistration(
  previous: ConfirmRegistrationFormState,
  formData: FormData,
): Promise<ConfirmRegistrationFormState> {
  const token = formData.get("token");
  const parsed = confirmation.safeParse({ token, password: formData.get("password") });
  if (!parsed.success) {
    if (!linkToken.safeParse(token).success) redirect(linkPage(token));
    return refused(previous, {}, { fieldErrors: fieldErrorsFrom(parsed.error.issues) });
  }

  const redeemed = await spendLink(
    { purpose: "verify_email", ...parsed.data },
    await currentClientIp(),
  );
  if ("userId" in redeemed) redirect("/my-tickets");
  if (redeemed.refused === "password") {
    return refused(previous, {}, { fieldErrors: { password: wrongRegistrationPassword } });
  }
  redirect(linkPage(parsed.data.token));
}

export type NewPasswordFormState = FormState<"password">;

/** The form on a reset link's page: sets the new password, spends the link and signs in. */
export async function resetPassword(
  previous: NewPasswordFormState,
  formData: FormData,
): Promise<NewPasswordFormState> {
  const token = formData.get("token");
  const parsed = newPasswordInput.safeParse({ password: formData.get("password") });
  if (!parsed.success) {
    return refused(previous, {}, { fieldErrors: fieldErrorsFrom(parsed.error.issues) });
  }
  if (typeof token !== "string") redirect(linkPage(token));

  const use = { purpose: "reset_password", token, newPassword: parsed.data.password } as const;
  const link = await inspectLinkToken(token);
  const redeemed = await spendLink(use, await currentClientIp());
  // A staff set-up link is a reset link too; the team lands in the console.
  const home = link.status === "valid" ? await homePageFor(link.email) : "/my-tickets";
  redirect("userId" in redeemed ? home : linkPage(token));
}
