import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Customer } from "./current-actor";
import { voidPasswordLinks } from "./link-tokens";
import { hashPassword, verifyPassword } from "./passwords";
import { endOtherSessions } from "./sessions";

export async function updateProfileName(customer: Customer, name: string): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ name }).where(eq(users.id, customer.userId));
}

/**
 * Changes the password after checking the current one, and signs every other browser out.
 * A customer who has none yet (signed in by link) sets one without a current password.
 */
export async function changePassword(
  customer: Customer,
  change: { currentPassword: string; newPassword: string },
): Promise<"changed" | "wrong_current_password"> {
  const db = await getDb();
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, customer.userId));
  if (user?.passwordHash && !(await verifyPassword(user.passwordHash, change.currentPassword))) {
    return "wrong_current_password";
  }
  const passwordHash = await hashPassword(change.newPassword);
  await db
    .update(users)
    .set({ passwordHash, emailVerified: sql`coalesce(${users.emailVerified}, now())` })
    .where(eq(users.id, customer.userId));
  await voidPasswordLinks(db, customer.email);
  await endOtherSessions(customer.userId, true);
  return "changed";
}
