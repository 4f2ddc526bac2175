import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { staffMembers } from "@/db/schema";
import { actorForUser } from "@/lib/auth/actor-for-user";
import { deactivateStaffMember } from "@/lib/staff/deactivate-staff-member";
import { inviteStaffMember } from "@/lib/staff/invite-staff-member";
import { newAgent } from "@/tests/support/staff";

async function activeAdmins(userIds: string[]) {
  const db = await getDb();
  const rows = await db
    .select({ userId: staffMembers.userId })
    .from(staffMembers)
    .where(and(eq(staffMembers.role, "admin"), isNull(staffMembers.deactivatedAt)));
  return rows.filter((row) => userIds.includes(row.userId)).length;
}

describe("the support team's admins", () => {
  it("two admins deactivating each other at once leave one of them an admin", async () => {
    // Failing input: both read their own rights before either change, and both succeeded.
    const first = await newAgent("admin", "first");
    const second = await newAgent("admin", "second");

    const outcomes = await Promise.allSettled([
      deactivateStaffMember(first, second.userId),
      deactivateStaffMember(second, first.userId),
    ]);

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === "rejected");
    expect(refused?.reason).toMatchObject({ userMessage: expect.stringContaining("no longer") });
    expect(await activeAdmins([first.userId, second.userId])).toBe(1);
  });

  it("an admin cannot invite their own address, as agent or at all", async () => {
    const admin = await newAgent("admin", "solo");
    const own = { email: `  ${admin.email.toUpperCase()} `, role: "agent" };

    await expect(inviteStaffMember(admin, own)).rejects.toMatchObject({
      userMessage: expect.stringContaining("ask another admin"),
    });
    expect(await actorForUser(admin.userId)).toMatchObject({ kind: "agent", staffRole: "admin" });
  });
});
