import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, staffMembers, users } from "@/db/schema";
import type { Actor } from "./current-actor";

/** The actor a user is right now, from the database: an active agent, a customer, or nobody. */
export async function actorForUser(userId: string): Promise<Actor> {
  const db = await getDb();
  const [user] = await db
    .select({
      email: users.email,
      name: users.name,
      passwordHash: users.passwordHash,
      organisationId: memberships.organisationId,
      organisationRole: memberships.role,
      staffRole: staffMembers.role,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(
      staffMembers,
      and(eq(staffMembers.userId, users.id), isNull(staffMembers.deactivatedAt)),
    )
    .where(eq(users.id, userId));
  if (!user) return { kind: "anonymous" };

  const person = {
    userId,
    email: user.email,
    name: user.name ?? "",
    hasPassword: user.passwordHash !== null,
  };
  if (user.staffRole) return { kind: "agent", ...person, staffRole: user.staffRole };
  return {
    kind: "customer",
    ...person,
    membership:
      user.organisationId && user.organisationRole
        ? { organisationId: user.organisationId, role: user.organisationRole }
        : null,
  };
}
