import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { log } from "@/lib/log";
import { findMember } from "./locked-member";
import { refusals } from "./organisation-errors";
import { recordOrganisationEvent } from "./organisation-events";
import { countManagers, lockOrganisation } from "./organisation-lock";

/** The actor leaves their organisation; its last Manager cannot. */
export async function leaveOrganisation(actor: Actor) {
  if (actor.kind !== "customer" || !actor.membership) throw refusals.notMember();
  const { organisationId } = actor.membership;
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockOrganisation(tx, organisationId);
    const member = await findMember(tx, organisationId, actor.userId);
    if (member.role === "manager" && (await countManagers(tx, organisationId)) <= 1) {
      throw refusals.lastManager();
    }
    await tx.delete(memberships).where(eq(memberships.userId, actor.userId));
    await recordOrganisationEvent(tx, {
      organisationId,
      actorId: actor.userId,
      action: "left",
      targetEmail: member.email,
    });
  });
  log.info("organisation.left", { organisationId, userId: actor.userId });
}
