import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { staffMembers, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { agentOnly } from "./agent-only";

/** The support team, active members first, for the Team screen and the assignee choice. */
export async function listStaffMembers(actor: Actor) {
  agentOnly(actor);
  const db = await getDb();
  const rows = await db
    .select({
      userId: staffMembers.userId,
      role: staffMembers.role,
      deactivatedAt: staffMembers.deactivatedAt,
      email: users.email,
      name: users.name,
      hasPassword: users.passwordHash,
    })
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .orderBy(asc(users.email));
  return rows.map(({ hasPassword, ...row }) => ({
    ...row,
    name: row.name ?? row.email,
    setUp: hasPassword !== null,
    active: row.deactivatedAt === null,
  }));
}

export type StaffMemberRow = Awaited<ReturnType<typeof listStaffMembers>>[number];
