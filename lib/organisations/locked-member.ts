import "server-only";
import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { refusals } from "./organisation-errors";

/** A member of the (locked) organisation with their address; refused when not a member. */
export async function findMember(tx: Transaction, organisationId: string, userId: string) {
  const [member] = await tx
    .select({ userId: memberships.userId, role: memberships.role, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  if (!member) throw refusals.memberNotFound();
  return member;
}
