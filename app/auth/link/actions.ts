"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { type FormState, fieldErrorsFrom, refused } from "@/components/form-state";
import { newPasswordInput } from "@/lib/auth/auth-input";
import { inspectLinkToken } from "@/lib/auth/link-tokens";
import { spendLink } from "@/lib/auth/spend-link";
import { currentClientIp } from "@/lib/security/client-ip";
import { homePageFor } from "@/lib/staff/home-page-for";

const buttonLink = z.object({
  token: z.string().max(100),
  purpose: z.enum(["sign_in", "verify_email"]),
});

/** Back to the link's page, which now says why it no longer works. */
function linkPage(token: unknown): string {
  return typeof token === "string" ? `/auth/link?token=${encodeURIComponent(token)}` : "/auth/link";
}

/** The button on a sign-in or confirmation link's page: spends the link and signs in. */
export async function openEmailedLink(_previous: null, formData: FormData): Promise<null> {
  const parsed = buttonLink.safeParse({
    token: formData.get("token"),
    purpose: formData.get("purpose"),
  });
  if (!parsed.success) redirect(linkPage(formData.get("token")));

  const signedIn = await spendLink(parsed.data, await currentClientIp());
  redirect(signedIn ? "/my-tickets" : linkPage(parsed.data.token));
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
  const signedIn = await spendLink(use, await currentClientIp());
  // A staff set-up link is a reset link too; the team lands in the console.
  const home = link.status === "valid" ? await homePageFor(link.email) : "/my-tickets";
  redirect(signedIn ? home : linkPage(token));
}
