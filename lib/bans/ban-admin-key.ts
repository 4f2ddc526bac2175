import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/auth-secret";

/**
 * The key `npm run ban:lift` shows the running portal's internal route. It is derived from the
 * auth secret, so whoever can read that secret (AUTH_SECRET, or the file beside the data) can
 * lift bans, and nobody else; no second secret needs configuring.
 */
export function banAdminKey(): string {
  return createHmac("sha256", getAuthSecret()).update("podpora:ban-admin:v1").digest("base64url");
}

/** Whether an Authorization header carries the ban admin key. */
export function isBanAdminAuthorization(authorization: string | null): boolean {
  const given = Buffer.from(authorization ?? "");
  const expected = Buffer.from(`Bearer ${banAdminKey()}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
