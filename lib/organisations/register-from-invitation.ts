import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { recordSecurityEvent } from "@/lib/security/security-events";
import { invitationLinkRefused, lockValidInvitation } from "./invitation-link";
import { joinByInvitation } from "./join-organisation";

/**
 * Someone without an account registers from their invitation and joins at once: the link
 * reached their inbox, so the address counts as verified. An address with an account must
 * sign in and accept instead. Returns the account, for the caller to sign this browser in.
 */
export async function registerFromInvitation(
  input: { token: string; name: string; password: string },
  ip: string,
) {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  const userId = await db.transaction(async (tx) => {
    const invitation = await lockValidInvitation(tx, input.token);
    if (!invitation) return null;
    const [existing] = await tx
      .select({ id: users.id, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, invitation.email));
    if (existing?.passwordHash) {
      throw new AppError(
        "conflict",
        "Invitee has an account",
        `An account for ${invitation.email} exists already. Log in to accept the invitation.`,
      );
    }
    const account = { name: input.name, passwordHash, emailVerified: new Date() };
    const [user] = existing
      ? await tx.update(users).set(account).where(eq(users.id, existing.id)).returning()
      : await tx
          .insert(users)
          .values({ email: invitation.email, ...account })
          .returning();
    if (!user) throw new Error("Account for an invitation returned no row");
    await joinByInvitation(tx, invitation, user.id);
    return user.id;
  });

  if (!userId) {
    await recordSecurityEvent("link_failed", ip);
    throw invitationLinkRefused();
  }
  log.info("organisation.registered_from_invitation", { userId });
  return { userId };
}
