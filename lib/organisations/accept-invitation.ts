import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { recordSecurityEvent } from "@/lib/security/security-events";
import { invitationLinkRefused, lockValidInvitation } from "./invitation-link";
import { joinByInvitation } from "./join-organisation";

/**
 * A signed-in customer accepts an invitation sent to their own address. Signed in as someone
 * else, they are refused and the invitation stays pending for its addressee. A used, revoked,
 * expired or altered link counts as a failed link toward a ban.
 */
export async function acceptInvitation(actor: Actor, token: string, ip: string) {
  if (actor.kind !== "customer") {
    throw new AppError(
      "forbidden",
      "Invitation accepted without signing in",
      "Sign in to accept this invitation.",
    );
  }
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const invitation = await lockValidInvitation(tx, token);
    if (!invitation) return "refused" as const;
    if (invitation.email !== actor.email) {
      throw new AppError(
        "forbidden",
        "Invitation opened by another account",
        `This invitation is for ${invitation.email}, but you are signed in as ${actor.email}. ` +
          "Sign out and open the link again to accept it.",
      );
    }
    await joinByInvitation(tx, invitation, actor.userId);
    return invitation.organisationId;
  });

  if (outcome === "refused") {
    await recordSecurityEvent("link_failed", ip);
    throw invitationLinkRefused();
  }
  log.info("organisation.joined", { organisationId: outcome, userId: actor.userId });
  return { organisationId: outcome };
}
