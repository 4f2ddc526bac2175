import "server-only";
import { getDb } from "@/db/client";
import { memberships, organisations } from "@/db/schema";
import { isUniqueViolation } from "@/db/unique-violation";
import type { Actor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { refusals } from "./organisation-errors";
import { recordOrganisationEvent } from "./organisation-events";

/**
 * Creates an organisation with the actor as its first Manager. Only a registered customer
 * (one with a password) who belongs to no organisation may.
 */
export async function createOrganisation(actor: Actor, input: { name: string }) {
  if (actor.kind !== "customer" || !actor.hasPassword) {
    throw new AppError(
      "forbidden",
      "Organisation creation without an account",
      "Register an account to create an organisation.",
    );
  }
  if (actor.membership) throw refusals.alreadyMember();

  const db = await getDb();
  try {
    const organisationId = await db.transaction(async (tx) => {
      const [organisation] = await tx
        .insert(organisations)
        .values({ name: input.name })
        .returning({ id: organisations.id });
      if (!organisation) throw new Error("Insert of an organisation returned no row");
      await tx
        .insert(memberships)
        .values({ userId: actor.userId, organisationId: organisation.id, role: "manager" });
      await recordOrganisationEvent(tx, {
        organisationId: organisation.id,
        actorId: actor.userId,
        action: "created",
        detail: input.name,
      });
      return organisation.id;
    });
    log.info("organisation.created", { organisationId, userId: actor.userId });
    return { organisationId };
  } catch (error) {
    if (isUniqueViolation(error, "memberships_pkey")) throw refusals.alreadyMember();
    throw error;
  }
}
