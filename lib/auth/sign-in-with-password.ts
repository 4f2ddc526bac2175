import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { recordSecurityEvent } from "@/lib/security/security-events";
import { verifyPassword } from "./passwords";
import { startSession } from "./sessions";

/**
 * `banned`: the address and password did not match, and this failure was the one that got the
 * client's address banned, which the form says rather than a plain `no_match`.
 */
export type SignInOutcome = "signed_in" | "no_match" | "banned";

/**
 * Signs in with an address and password. An unknown address, an account whose registration is
 * not confirmed yet and a wrong password all get the same answer, after the same work.
 */
export async function signInWithPassword(attempt: {
  email: string;
  password: string;
  ip: string;
}): Promise<SignInOutcome> {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, attempt.email));

  const valid = await verifyPassword(user?.passwordHash ?? null, attempt.password);
  if (!user || !valid) {
    const { ban } = await recordSecurityEvent("sign_in_failed", attempt.ip, attempt.email);
    return ban ? "banned" : "no_match";
  }
  await startSession(user.id);
  return "signed_in";
}
