import { randomUUID } from "node:crypto";
import { addStaffMessage } from "@/lib/staff/add-staff-message";
import { liftBlockedIp, listBlockedIps } from "@/lib/staff/blocked-ips";
import { changeTicket } from "@/lib/staff/change-ticket";
import { deactivateStaffMember } from "@/lib/staff/deactivate-staff-member";
import { getStaffTicket } from "@/lib/staff/get-staff-ticket";
import { inviteStaffMember } from "@/lib/staff/invite-staff-member";
import { listStaffMembers } from "@/lib/staff/list-staff-members";
import { listStaffTickets } from "@/lib/staff/list-staff-tickets";
import { queueOptions } from "@/lib/staff/queue-options";
import { staffTicketQuery } from "@/lib/staff/staff-ticket-query";
import type { MatrixRow } from "./row";
import { allowed } from "./world";

/** Like `allowed`, where the console's "not found" for outsiders is a refusal too. */
export async function staffAllowed(call: Promise<unknown>): Promise<boolean> {
  try {
    return await allowed(call);
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return false;
    throw error;
  }
}

const ticketActions = "app/staff/tickets/[reference]/actions.ts";

// Only "agent" is on the support team. The world has no admin, so admin-only rows are refused
// to all here; tests/integration/staff-authorisation.test.ts adds admins and deactivated agents.
export const staffRows: MatrixRow[] = [
  {
    name: "list the staff queue and its filters",
    covers: [],
    allowed: ["agent"],
    run: async (caller) =>
      (await staffAllowed(listStaffTickets(caller, staffTicketQuery.parse({})))) &&
      (await staffAllowed(queueOptions(caller))),
  },
  {
    name: "open a ticket in the staff console",
    covers: [],
    allowed: ["agent"],
    run: (caller, world) => staffAllowed(getStaffTicket(caller, world.ticket.reference)),
  },
  {
    name: "write a public reply or an internal note",
    covers: [`${ticketActions}#sendStaffMessage`],
    allowed: ["agent"],
    run: (caller, world) =>
      staffAllowed(
        addStaffMessage(
          caller,
          {
            reference: world.ticket.reference,
            body: "Internal",
            internal: true,
            submissionKey: randomUUID(),
            seenLastMessageId: "",
            sendAnyway: true,
          },
          [],
        ),
      ),
  },
  {
    name: "change a ticket's status, priority and assignee",
    covers: [`${ticketActions}#changeTicketAction`],
    allowed: ["agent"],
    run: (caller, world) =>
      staffAllowed(
        changeTicket(caller, world.ticket.reference, {
          status: "resolved",
          priority: "high",
          assigneeId: "",
        }),
      ),
  },
  {
    name: "list the support team",
    covers: [],
    allowed: ["agent"],
    run: (caller) => staffAllowed(listStaffMembers(caller)),
  },
  {
    name: "invite to the support team (admins only)",
    covers: ["app/staff/team/actions.ts#inviteAction"],
    allowed: [],
    run: (caller) =>
      staffAllowed(
        inviteStaffMember(caller, { email: `new.${randomUUID()}@example.com`, role: "agent" }),
      ),
  },
  {
    name: "deactivate a member of the support team (admins only)",
    covers: ["app/staff/team/actions.ts#deactivateAction"],
    allowed: [],
    run: (caller, world) => {
      const target = world.callers.agent.kind === "agent" ? world.callers.agent.userId : "";
      return staffAllowed(deactivateStaffMember(caller, target));
    },
  },
  {
    name: "see blocked IPs",
    covers: [],
    allowed: ["agent"],
    run: (caller) => staffAllowed(listBlockedIps(caller)),
  },
  {
    name: "lift a ban",
    covers: ["app/staff/blocked-ips/actions.ts#liftAction"],
    allowed: ["agent"],
    run: (caller) => staffAllowed(liftBlockedIp(caller, "198.51.100.9")),
  },
];
