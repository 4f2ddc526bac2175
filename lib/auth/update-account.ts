import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Account } from "./current-actor";
import { voidPasswordLinks } from "./link-tokens";
import { hashPassword, verifyPassword } from "./passwords";
import { endOtherSessions } from "./sessions";

export async function updateProfileName(account: Account, name: string): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ name }).where(eq(users.id, account.userId));
}

/**
 * Changes the password after checking the current one, and signs every other browser out.
 * Someone who has none yet (signed in by link) sets one without a current password.
 */
export async function changePassword(
  account: Account,
  change: { currentPassword: string; newPassword: string },
): Promise<"changed" | "wrong_current_password"> {
  const db = await getDb();
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, account.userId));
  if (user?.passwordHash && !(await verifyPassword(user.passwordHash, change.currentPassword))) {
    return "wrong_current_password";
  }
  const passwordHash = await hashPassword(change.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, emailVerified: sql`coalesce(${users.emailVerified}, now())` })
      .where(eq(users.id, account.userId));
    await voidPasswordLinks(tx, account.email);
    await endOtherSessions(account.userId, true, tx);
  });
  return "changed";
}
