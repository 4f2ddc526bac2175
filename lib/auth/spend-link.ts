import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { log } from "@/lib/log";
import { recordSecurityEvent } from "@/lib/security/security-events";
import { type LinkPurpose, spendLinkToken, voidPasswordLinks } from "./link-tokens";
import { hashPassword } from "./passwords";
import { startSession } from "./sessions";

export type LinkUse =
  | { purpose: "sign_in" | "verify_email"; token: string }
  | { purpose: "reset_password"; token: string; newPassword: string };

/**
 * Spends an emailed link (the POST from the page the link opens) and signs the browser in as
 * the link's address. Verifying a registration sets the password chosen then; a reset sets the
 * new one and signs every other browser out. Returns false for a used, expired or altered link.
 */
export async function spendLink(use: LinkUse, ip: string): Promise<boolean> {
  const userId = await redeemLink(use, ip);
  if (!userId) return false;
  await startSession(userId);
  return true;
}

/** The database half of spendLink: the link's user, with its changes made, or null. */
export async function redeemLink(use: LinkUse, ip: string): Promise<string | null> {
  const newHash = use.purpose === "reset_password" ? await hashPassword(use.newPassword) : null;
  const db = await getDb();
  const userId = await db.transaction(async (tx) => {
    const link = await spendLinkToken(tx, use.token, use.purpose satisfies LinkPurpose);
    if (!link) return null;

    const verified = { emailVerified: sql`coalesce(${users.emailVerified}, now())` };
    // A registration never replaces a password the account already has: an old confirmation
    // link (perhaps from someone else's attempt to register the address) must not take it
    // over. A guest's account (no password yet) takes the registration's name and password.
    const isGuest = sql`${users.passwordHash} is null`;
    const changes =
      link.purpose === "verify_email"
        ? {
            ...verified,
            name: sql`case when ${isGuest} then ${link.pendingName} else ${users.name} end`,
            passwordHash: sql`coalesce(${users.passwordHash}, ${link.pendingPasswordHash})`,
          }
        : link.purpose === "reset_password"
          ? { ...verified, passwordHash: newHash }
          : verified;
    const [user] = await tx
      .insert(users)
      .values({
        email: link.email,
        name: link.pendingName,
        passwordHash: link.pendingPasswordHash,
        emailVerified: new Date(),
      })
      .onConflictDoUpdate({ target: users.email, set: changes })
      .returning({ id: users.id });
    if (!user) throw new Error("Upsert of a link's user returned no row");

    if (link.purpose !== "sign_in") {
      await tx.delete(sessions).where(eq(sessions.userId, user.id));
      await voidPasswordLinks(tx, link.email);
    }
    return user.id;
  });

  if (!userId) {
    await recordSecurityEvent("link_failed", ip);
    return null;
  }
  log.info("auth.link_used", { userId, purpose: use.purpose });
  return userId;
}
