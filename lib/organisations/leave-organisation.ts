import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { invitations, memberships } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { log } from "@/lib/log";
import { findMember } from "./locked-member";
import { refusals } from "./organisation-errors";
import { recordOrganisationEvent } from "./organisation-events";
import { countManagers, lockOrganisation } from "./organisation-lock";

/**
 * The actor leaves their organisation. Its last Manager cannot while others remain; the last
 * member can, and the organisation then closes: its pending invitations are revoked, so nobody
 * joins an organisation without a Manager. Its tickets keep their history.
 */
export async function leaveOrganisation(actor: Actor) {
  if (actor.kind !== "customer" || !actor.membership) throw refusals.notMember();
  const { organisationId } = actor.membership;
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockOrganisation(tx, organisationId);
    const member = await findMember(tx, organisationId, actor.userId);
    const lastMember = (await countMembers(tx, organisationId)) <= 1;
    if (
      !lastMember &&
      member.role === "manager" &&
      (await countManagers(tx, organisationId)) <= 1
    ) {
      throw refusals.lastManager();
    }
    await tx.delete(memberships).where(eq(memberships.userId, actor.userId));
    if (lastMember) {
      await tx
        .update(invitations)
        .set({ revokedAt: new Date() })
        .where(
          and(
            eq(invitations.organisationId, organisationId),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
          ),
        );
    }
    await recordOrganisationEvent(tx, {
      organisationId,
      actorId: actor.userId,
      action: "left",
      targetEmail: member.email,
    });
  });
  log.info("organisation.left", { organisationId, userId: actor.userId });
}

async function countMembers(tx: Transaction, organisationId: string): Promise<number> {
  const [row] = await tx
    .select({ total: count() })
    .from(memberships)
    .where(eq(memberships.organisationId, organisationId));
  return row?.total ?? 0;
}
