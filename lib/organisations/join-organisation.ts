import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { type Invitation, invitations, memberships } from "@/db/schema";
import { refusals } from "./organisation-errors";
import { recordOrganisationEvent } from "./organisation-events";

/** Makes `userId` a member as the (locked, valid) invitation says, and spends it. */
export async function joinByInvitation(tx: Transaction, invitation: Invitation, userId: string) {
  const [existing] = await tx
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  if (existing) throw refusals.alreadyMember();

  await tx.insert(memberships).values({
    userId,
    organisationId: invitation.organisationId,
    role: invitation.role,
  });
  await tx
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(eq(invitations.id, invitation.id));
  await recordOrganisationEvent(tx, {
    organisationId: invitation.organisationId,
    actorId: userId,
    action: "joined",
    targetEmail: invitation.email,
    detail: invitation.role,
  });
}
