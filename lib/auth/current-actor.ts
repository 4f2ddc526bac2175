import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import {
  memberships,
  type OrganisationRole,
  type StaffRole,
  staffMembers,
  users,
} from "@/db/schema";
import { auth } from "./auth";

export interface Membership {
  organisationId: string;
  role: OrganisationRole;
}

export type Actor =
  | { kind: "anonymous" }
  | {
      kind: "customer";
      userId: string;
      email: string;
      name: string;
      hasPassword: boolean;
      /** The customer's organisation and role in it, if they belong to one. */
      membership: Membership | null;
    }
  | { kind: "agent"; userId: string; email: string; name: string; staffRole: StaffRole };

const anonymous: Actor = { kind: "anonymous" };

/**
 * Who is asking, read from the session and the database on every request, so a revoked
 * session or a changed account takes effect at once.
 */
export const getActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return anonymous;

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
  if (!user) return anonymous;

  const person = { userId, email: user.email, name: user.name ?? "" };
  if (user.staffRole) return { kind: "agent", ...person, staffRole: user.staffRole };
  return {
    kind: "customer",
    ...person,
    hasPassword: user.passwordHash !== null,
    membership:
      user.organisationId && user.organisationRole
        ? { organisationId: user.organisationId, role: user.organisationRole }
        : null,
  };
});

export type Customer = Extract<Actor, { kind: "customer" }>;

/** The signed-in customer, or a redirect to Log in that comes back to `returnTo`. */
export async function requireCustomer(returnTo: string): Promise<Customer> {
  const actor = await getActor();
  if (actor.kind !== "customer") redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
