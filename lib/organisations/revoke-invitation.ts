import "server-only";
import { eq } from "drizzle-orm";
import { invitations } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { log } from "@/lib/log";
import { recordOrganisationEvent } from "./organisation-events";
import { asLockedManager } from "./organisation-lock";
import { lockPendingInvitation } from "./pending-invitation";

/** Withdraws a pending invitation: its link stops working. */
export async function revokeInvitation(actor: Actor, invitationId: string) {
  await asLockedManager(actor, async ({ tx, organisationId, managerId }) => {
    const invitation = await lockPendingInvitation(tx, organisationId, invitationId);
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(eq(invitations.id, invitation.id));
    await recordOrganisationEvent(tx, {
      organisationId,
      actorId: managerId,
      action: "invitation_revoked",
      targetEmail: invitation.email,
    });
  });
  log.info("organisation.invitation_revoked", { invitationId });
}
