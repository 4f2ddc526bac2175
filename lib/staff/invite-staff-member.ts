import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { addStaffMember, type StaffInvitation } from "./add-staff-member";
import { adminOnly } from "./agent-only";

/**
 * An admin invites someone to the support team, as agent or admin. Not themselves: inviting
 * one's own address again would change one's own role, and could leave the team no admin.
 */
export async function inviteStaffMember(actor: Actor, invitation: StaffInvitation) {
  const admin = adminOnly(actor);
  if (invitation.email.trim().toLowerCase() === admin.email) {
    throw new AppError(
      "conflict",
      "Admin invited their own address",
      "You are on the team already; ask another admin to change your role.",
    );
  }
  return addStaffMember(invitation, admin.userId);
}
