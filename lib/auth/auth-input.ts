import "server-only";
import { z } from "zod";
import { requiredText } from "@/lib/text/required-text";
import { emailAddress } from "@/lib/users/email-address";
import { isCommonPassword } from "./common-passwords";
import { passwordLimits } from "./password-limits";

/** No composition rules: long passphrases are welcome, leaked favourites are not. */
const newPassword = z
  .string({ error: "Choose a password." })
  .min(
    passwordLimits.min,
    `Use at least ${passwordLimits.min} characters. A few words together work well.`,
  )
  .max(passwordLimits.max, `Use at most ${passwordLimits.max} characters.`)
  .refine(
    (password) => !isCommonPassword(password),
    "This password is one of the most common ones and is easy to guess. Choose another.",
  );

const name = requiredText("your name", 100);

export const registrationInput = z.object({ name, email: emailAddress, password: newPassword });

export const passwordSignInInput = z.object({
  email: emailAddress,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1024),
});

export const emailOnlyInput = z.object({ email: emailAddress });

export const newPasswordInput = z.object({ password: newPassword });

export const passwordChangeInput = z.object({
  /** Empty for a customer who has only ever signed in with emailed links. */
  currentPassword: z.string().max(1024).default(""),
  password: newPassword,
});

export const profileInput = z.object({ name });
