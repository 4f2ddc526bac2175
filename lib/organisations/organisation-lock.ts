import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { memberships, organisations } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { refusals } from "./organisation-errors";

export interface LockedOrganisation {
  tx: Transaction;
  organisationId: string;
  managerId: string;
}

/**
 * Runs `work` in a transaction that holds the actor's organisation row locked, after checking
 * again, under the lock, that the actor is still one of its managers. Every change to the
 * organisation's members goes through here, so two managers acting at once take turns and the
 * second sees what the first did.
 */
export async function asLockedManager<T>(
  actor: Actor,
  work: (locked: LockedOrganisation) => Promise<T>,
): Promise<T> {
  if (actor.kind !== "customer" || actor.membership?.role !== "manager") {
    throw refusals.notManager();
  }
  const { organisationId } = actor.membership;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockOrganisation(tx, organisationId);
    const [own] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(
        and(eq(memberships.userId, actor.userId), eq(memberships.organisationId, organisationId)),
      );
    if (own?.role !== "manager") throw refusals.notManager();
    return work({ tx, organisationId, managerId: actor.userId });
  });
}

export async function lockOrganisation(tx: Transaction, organisationId: string) {
  await tx.execute(sql`select 1 from ${organisations} where id = ${organisationId} for update`);
}

/** How many managers the (locked) organisation has. */
export async function countManagers(tx: Transaction, organisationId: string): Promise<number> {
  const [row] = await tx
    .select({ total: count() })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "manager")));
  return row?.total ?? 0;
}
