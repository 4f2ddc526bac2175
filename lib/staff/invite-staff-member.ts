import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import { addStaffMember, type StaffInvitation } from "./add-staff-member";
import { adminOnly } from "./agent-only";

/** An admin invites someone to the support team, as agent or admin. */
export async function inviteStaffMember(actor: Actor, invitation: StaffInvitation) {
  const admin = adminOnly(actor);
  return addStaffMember(invitation, admin.userId);
}
