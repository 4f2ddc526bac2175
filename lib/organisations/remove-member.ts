import "server-only";
import { eq } from "drizzle-orm";
import { memberships, organisations } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { log } from "@/lib/log";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { findMember } from "./locked-member";
import { refusals } from "./organisation-errors";
import { recordOrganisationEvent } from "./organisation-events";
import { asLockedManager, countManagers } from "./organisation-lock";

/**
 * Removes a member and emails them a notice. They lose access with their next request, since
 * permissions are read from the database each time. The last Manager cannot be removed.
 */
export async function removeMember(actor: Actor, input: { userId: string }) {
  await asLockedManager(actor, async ({ tx, organisationId, managerId }) => {
    const member = await findMember(tx, organisationId, input.userId);
    if (member.role === "manager" && (await countManagers(tx, organisationId)) <= 1) {
      throw refusals.lastManager();
    }
    await tx.delete(memberships).where(eq(memberships.userId, member.userId));
    const [organisation] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    await enqueueEmail(tx, {
      recipient: member.email,
      template: "organisation_removed",
      data: { organisationName: organisation?.name ?? "" },
    });
    await recordOrganisationEvent(tx, {
      organisationId,
      actorId: managerId,
      action: "removed",
      targetEmail: member.email,
    });
    log.info("organisation.member_removed", { organisationId, userId: member.userId });
  });
}
