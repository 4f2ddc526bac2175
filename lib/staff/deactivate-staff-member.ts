import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { staffMembers } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { adminOnly } from "./agent-only";

/**
 * An admin deactivates a member of the support team. The row stays for the tickets' history;
 * their open sessions lose the console at once, since the actor is read on every request.
 * Returns false when there was no active member with that id.
 */
export async function deactivateStaffMember(actor: Actor, userId: string): Promise<boolean> {
  const admin = adminOnly(actor);
  if (userId === admin.userId) {
    throw new AppError(
      "conflict",
      "Admin tried to deactivate themselves",
      "You cannot deactivate yourself; ask another admin.",
    );
  }
  const db = await getDb();
  const rows = await db
    .update(staffMembers)
    .set({ deactivatedAt: sql`now()` })
    .where(and(eq(staffMembers.userId, userId), isNull(staffMembers.deactivatedAt)))
    .returning({ userId: staffMembers.userId });
  if (rows.length > 0) log.info("staff.deactivated", { userId, by: admin.userId });
  return rows.length > 0;
}
