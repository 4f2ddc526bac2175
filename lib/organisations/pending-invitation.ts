import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { invitations } from "@/db/schema";
import { refusals } from "./organisation-errors";

/** A pending invitation of the organisation, locked for this transaction; refused otherwise. */
export async function lockPendingInvitation(
  tx: Transaction,
  organisationId: string,
  invitationId: string,
) {
  const [invitation] = await tx
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.organisationId, organisationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .for("update");
  if (!invitation) throw refusals.invitationNotFound();
  return invitation;
}
