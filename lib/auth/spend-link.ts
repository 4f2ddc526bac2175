import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { log } from "@/lib/log";
import { recordSecurityEvent } from "@/lib/security/security-events";
import { type LinkPurpose, spendLinkToken, voidPasswordLinks } from "./link-tokens";
import { hashPassword, verifyPassword } from "./passwords";
import { startSession } from "./sessions";

export type LinkUse =
  | { purpose: "sign_in"; token: string }
  | { purpose: "verify_email"; token: string; password: string }
  | { purpose: "reset_password"; token: string; newPassword: string };

/**
 * What became of a link: the user it signs in, or why not. `password`: a registration link
 * confirmed with another password than the one chosen when registering; the link still works.
 */
export type Redeemed = { userId: string } | { refused: "link" | "password" };

/** Thrown inside the transaction to undo spending a link whose password was wrong. */
class WrongRegistrationPassword extends Error {}

/**
 * Spends an emailed link (the POST from the page the link opens) and signs the browser in as
 * the link's address. Verifying a registration sets the password chosen then, and asks for it:
 * whoever merely receives the email of someone else's registration cannot confirm it. A reset
 * sets the new password and signs every other browser out.
 */
export async function spendLink(use: LinkUse, ip: string): Promise<Redeemed> {
  const redeemed = await redeemLink(use, ip);
  if ("userId" in redeemed) await startSession(redeemed.userId);
  return redeemed;
}

/** The database half of spendLink: the link's user, with its changes made, or the refusal. */
export async function redeemLink(use: LinkUse, ip: string): Promise<Redeemed> {
  const newHash = use.purpose === "reset_password" ? await hashPassword(use.newPassword) : null;
  const db = await getDb();
  const userId = await db
    .transaction(async (tx) => {
      const link = await spendLinkToken(tx, use.token, use.purpose satisfies LinkPurpose);
      if (!link) return null;
      // Without this, someone could register another person's address with a password of
      // their own, and that person, clicking the unexpected email, would hand them the account.
      if (
        use.purpose === "verify_email" &&
        !(await verifyPassword(link.pendingPasswordHash, use.password))
      ) {
        throw new WrongRegistrationPassword();
      }

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
    })
    .catch((error: unknown) => {
      if (error instanceof WrongRegistrationPassword) return "wrong password" as const;
      throw error;
    });

  if (userId === "wrong password") {
    await recordSecurityEvent("sign_in_failed", ip);
    return { refused: "password" };
  }
  if (!userId) {
    await recordSecurityEvent("link_failed", ip);
    return { refused: "link" };
  }
  log.info("auth.link_used", { userId, purpose: use.purpose });
  return { userId };
}
