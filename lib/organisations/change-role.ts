import "server-only";
import { eq } from "drizzle-orm";
import { memberships, type OrganisationRole } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { findMember } from "./locked-member";
import { refusals } from "./organisation-errors";
import { recordOrganisationEvent } from "./organisation-events";
import { asLockedManager, countManagers } from "./organisation-lock";

/** Gives a member another role; refused when it would leave the organisation with no Manager. */
export async function changeRole(actor: Actor, input: { userId: string; role: OrganisationRole }) {
  if (input.role !== "manager" && input.role !== "user") {
    throw new AppError("invalid_input", "Unknown role", "Choose a role: Manager or User.");
  }
  await asLockedManager(actor, async ({ tx, organisationId, managerId }) => {
    const member = await findMember(tx, organisationId, input.userId);
    if (member.role === input.role) return;
    if (member.role === "manager" && (await countManagers(tx, organisationId)) <= 1) {
      throw refusals.lastManager();
    }
    await tx
      .update(memberships)
      .set({ role: input.role })
      .where(eq(memberships.userId, member.userId));
    await recordOrganisationEvent(tx, {
      organisationId,
      actorId: managerId,
      action: "role_changed",
      targetEmail: member.email,
      detail: input.role,
    });
    log.info("organisation.role_changed", { organisationId, userId: member.userId });
  });
}
