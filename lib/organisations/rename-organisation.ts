import "server-only";
import { eq } from "drizzle-orm";
import { organisations } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { recordOrganisationEvent } from "./organisation-events";
import { asLockedManager } from "./organisation-lock";

/** Renames the manager's organisation (the Settings tab). */
export async function renameOrganisation(actor: Actor, input: { name: string }) {
  await asLockedManager(actor, async ({ tx, organisationId, managerId }) => {
    await tx
      .update(organisations)
      .set({ name: input.name })
      .where(eq(organisations.id, organisationId));
    await recordOrganisationEvent(tx, {
      organisationId,
      actorId: managerId,
      action: "renamed",
      detail: input.name,
    });
  });
}
