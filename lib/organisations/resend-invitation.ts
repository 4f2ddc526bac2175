import "server-only";
import { eq } from "drizzle-orm";
import { invitations } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { newToken } from "@/lib/auth/link-tokens";
import { log } from "@/lib/log";
import { enqueueInvitationEmail, invitationExpiry } from "./invitation-email";
import { recordOrganisationEvent } from "./organisation-events";
import { asLockedManager } from "./organisation-lock";
import { lockPendingInvitation } from "./pending-invitation";

/**
 * Sends a pending invitation again with a new link and a fresh expiry. The old link's hash is
 * replaced, so the old link stops working.
 */
export async function resendInvitation(actor: Actor, invitationId: string) {
  await asLockedManager(actor, async ({ tx, organisationId, managerId }) => {
    const invitation = await lockPendingInvitation(tx, organisationId, invitationId);
    const { token, tokenHash } = newToken();
    await tx
      .update(invitations)
      .set({ tokenHash, expiresAt: invitationExpiry(), invitedById: managerId })
      .where(eq(invitations.id, invitation.id));
    await enqueueInvitationEmail(tx, {
      organisationId,
      inviterId: managerId,
      email: invitation.email,
      role: invitation.role,
      token,
    });
    await recordOrganisationEvent(tx, {
      organisationId,
      actorId: managerId,
      action: "invitation_resent",
      targetEmail: invitation.email,
    });
  });
  log.info("organisation.invitation_resent", { invitationId });
}
