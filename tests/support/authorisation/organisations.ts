import { acceptInvitation } from "@/lib/organisations/accept-invitation";
import { changeRole } from "@/lib/organisations/change-role";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { inviteUser } from "@/lib/organisations/invite-user";
import { leaveOrganisation } from "@/lib/organisations/leave-organisation";
import { registerFromInvitation } from "@/lib/organisations/register-from-invitation";
import { removeMember } from "@/lib/organisations/remove-member";
import { renameOrganisation } from "@/lib/organisations/rename-organisation";
import { resendInvitation } from "@/lib/organisations/resend-invitation";
import { revokeInvitation } from "@/lib/organisations/revoke-invitation";
import { newAddress, testIp } from "@/tests/support/organisations";
import type { MatrixRow } from "./row";
import { allowed, pendingInvitation } from "./world";

const actions = "app/organisation/actions.ts";
const everyone = [
  "anonymous",
  "guest",
  "userA",
  "managerA",
  "userB",
  "managerB",
  "removed",
  "agent",
] as const;

// Rows act on organisation A: its second Manager "targetA" and a pending invitation.
export const organisationRows: MatrixRow[] = [
  {
    name: "create an organisation",
    covers: [`${actions}#createOrganisationAction`],
    allowed: ["removed"],
    run: (caller) => allowed(createOrganisation(caller, { name: "New Ltd" })),
  },
  {
    name: "rename one's organisation",
    covers: [`${actions}#renameOrganisationAction`],
    allowed: ["managerA", "managerB"],
    run: (caller) => allowed(renameOrganisation(caller, { name: "Renamed" })),
  },
  {
    name: "invite a new address",
    covers: [`${actions}#inviteUserAction`],
    allowed: ["managerA", "managerB"],
    run: (caller) =>
      allowed(inviteUser(caller, { email: newAddress("new"), role: "user" }, testIp())),
  },
  {
    name: "change the role of a member of A",
    covers: [`${actions}#changeRoleAction`],
    allowed: ["managerA"],
    run: (caller, world) =>
      allowed(changeRole(caller, { userId: world.targetA.userId, role: "user" })),
  },
  {
    name: "remove a member of A",
    covers: [`${actions}#removeMemberAction`],
    allowed: ["managerA"],
    run: (caller, world) => allowed(removeMember(caller, { userId: world.targetA.userId })),
  },
  {
    name: "resend a pending invitation of A",
    covers: [`${actions}#resendInvitationAction`],
    allowed: ["managerA"],
    run: (caller, world) => allowed(resendInvitation(caller, world.pending.id)),
  },
  {
    name: "revoke a pending invitation of A",
    covers: [`${actions}#revokeInvitationAction`],
    allowed: ["managerA"],
    run: (caller, world) => allowed(revokeInvitation(caller, world.pending.id)),
  },
  {
    name: "leave one's organisation (B's only Manager may not)",
    covers: [`${actions}#leaveOrganisationAction`],
    allowed: ["userA", "managerA", "userB"],
    run: (caller) => allowed(leaveOrganisation(caller)),
  },
  {
    name: "see the pending invitations of one's organisation",
    covers: [],
    allowed: ["managerA", "managerB"],
    run: async (caller) => {
      const view = await getOrganisation(caller);
      return view !== null && view.role === "manager";
    },
  },
  {
    name: "accept an invitation to A sent to one's own address",
    covers: ["app/invitation/actions.ts#acceptInvitationAction"],
    allowed: ["guest", "removed"],
    run: async (caller, world) => {
      const email = caller.kind === "anonymous" ? newAddress("nobody") : caller.email;
      const invitation = await pendingInvitation(world.callers.managerA, email);
      return allowed(acceptInvitation(caller, invitation.token, testIp()));
    },
  },
  {
    name: "accept the invitation sent to someone else",
    covers: [],
    allowed: [],
    run: (caller, world) => allowed(acceptInvitation(caller, world.pending.token, testIp())),
  },
  {
    // The link is the authority here: whoever holds it registers its address, once.
    name: "register from an invitation to a new address",
    covers: ["app/invitation/actions.ts#registerFromInvitationAction"],
    allowed: [...everyone],
    run: async (_caller, world) => {
      const invitation = await pendingInvitation(world.callers.managerA, newAddress("newbie"));
      const input = { token: invitation.token, name: "Newbie", password: "a long passphrase" };
      return allowed(registerFromInvitation(input, testIp()));
    },
  },
];
