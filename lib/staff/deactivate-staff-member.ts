import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
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
 *
 * Both rows are locked, in one order, before the admin's own rights are read again: two admins
 * deactivating each other at once would otherwise both succeed and leave the team with none.
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
  const deactivated = await db.transaction(async (tx) => {
    const locked = await tx
      .select({ userId: staffMembers.userId, role: staffMembers.role })
      .from(staffMembers)
      .where(
        and(
          inArray(staffMembers.userId, [admin.userId, userId]),
          isNull(staffMembers.deactivatedAt),
        ),
      )
      .orderBy(asc(staffMembers.userId))
      .for("update");
    const stillAdmin = locked.some((row) => row.userId === admin.userId && row.role === "admin");
    if (!stillAdmin) {
      throw new AppError(
        "conflict",
        "Admin lost their rights while deactivating someone",
        "You are no longer an admin of the support team.",
      );
    }
    const rows = await tx
      .update(staffMembers)
      .set({ deactivatedAt: sql`now()` })
      .where(and(eq(staffMembers.userId, userId), isNull(staffMembers.deactivatedAt)))
      .returning({ userId: staffMembers.userId });
    return rows.length > 0;
  });
  if (deactivated) log.info("staff.deactivated", { userId, by: admin.userId });
  return deactivated;
}
