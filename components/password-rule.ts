import { passwordLimits } from "@/lib/auth/password-limits";

/** The one password rule, stated the same way wherever a new password is chosen. */
export const passwordRule =
  `At least ${passwordLimits.min} characters. Long passphrases are welcome; ` +
  "common passwords are refused.";
