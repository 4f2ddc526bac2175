import type { Exemptions } from "./row";

/**
 * Account actions act only on the caller's own session or on an address they type, and need
 * no permission: they are open to anyone by design and limited by the link and sign-in limits.
 */
export const accountExemptions: Exemptions = {
  "app/auth/actions.ts#signOut": "ends the caller's own session",
  "app/auth/link/actions.ts#openEmailedLink": "the emailed link is the authority",
  "app/auth/link/actions.ts#confirmRegistration":
    "the emailed link and the password chosen when registering are the authority",
  "app/auth/link/actions.ts#resetPassword": "the emailed link is the authority",
  "app/forgot-password/actions.ts#emailPasswordResetLink": "open to anyone, rate limited",
  "app/login/actions.ts#signIn": "open to anyone, rate limited",
  "app/login/actions.ts#emailSignInLink": "open to anyone, rate limited",
  "app/register/actions.ts#register": "open to anyone, rate limited",
  "app/track/actions.ts#emailTrackingLink": "open to anyone, rate limited",
  "app/profile/actions.ts#saveName": "changes only the signed-in caller's own account",
  "app/profile/actions.ts#savePassword": "changes only the signed-in caller's own account",
};
