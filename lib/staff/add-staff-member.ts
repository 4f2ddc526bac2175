import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { type StaffRole, staffMembers, users } from "@/db/schema";
import { issueLinkToken, linkLifetimeMinutes, linkUrl } from "@/lib/auth/link-tokens";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { enqueueEmail } from "@/lib/mail/enqueue-email";

export const staffInvitationInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter an email address like name@example.com." }).max(254)),
  role: z.enum(["agent", "admin"], { error: "Choose agent or admin." }),
});

/** What a form or the script sends; every field is checked here. */
export type StaffInvitation = Record<keyof z.input<typeof staffInvitationInput>, string>;

/**
 * Makes the address a member of the support team (again, if it was deactivated) and emails a
 * link to choose a password, the reset-password link the emailed-link page already handles.
 * `invitedById` is null only for the first admin, created by `npm run staff:create-admin`.
 */
export async function addStaffMember(
  invitation: StaffInvitation,
  invitedById: string | null,
): Promise<{ userId: string }> {
  const parsed = staffInvitationInput.safeParse(invitation);
  if (!parsed.success) {
    throw new AppError(
      "invalid_input",
      "Bad staff invitation",
      parsed.error.issues[0]?.message ?? "",
    );
  }
  const { email, role } = parsed.data;
  const db = await getDb();
  const userId = await db.transaction(async (tx) => {
    await tx.insert(users).values({ email }).onConflictDoNothing({ target: users.email });
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (!user) throw new Error("The invited user's row is missing");
    await tx
      .insert(staffMembers)
      .values({ userId: user.id, role: role satisfies StaffRole, invitedById })
      .onConflictDoUpdate({
        target: staffMembers.userId,
        set: { role, invitedById, deactivatedAt: sql`null` },
      });
    const token = await issueLinkToken(tx, { email, purpose: "reset_password" });
    await enqueueEmail(tx, {
      recipient: email,
      template: "staff_invitation",
      data: { role, link: linkUrl(token), expiresInMinutes: linkLifetimeMinutes.reset_password },
    });
    return user.id;
  });
  log.info("staff.added", { userId, role, invitedById });
  return { userId };
}
