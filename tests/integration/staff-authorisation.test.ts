import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/current-actor";
import { addStaffMessage } from "@/lib/staff/add-staff-message";
import { liftBlockedIp, listBlockedIps } from "@/lib/staff/blocked-ips";
import { changeTicket } from "@/lib/staff/change-ticket";
import { deactivateStaffMember } from "@/lib/staff/deactivate-staff-member";
import { listEmailDelivery, retryFailedEmail } from "@/lib/staff/email-delivery";
import { getStaffTicket } from "@/lib/staff/get-staff-ticket";
import { inviteStaffMember } from "@/lib/staff/invite-staff-member";
import { listStaffMembers } from "@/lib/staff/list-staff-members";
import { listStaffTickets } from "@/lib/staff/list-staff-tickets";
import { queueOptions } from "@/lib/staff/queue-options";
import { staffTicketQuery } from "@/lib/staff/staff-ticket-query";
import { newCustomer, ticketFor } from "@/tests/support/customers";
import { failedEmail } from "@/tests/support/failed-email";
import { expectNotFound, newAgent, outsiders } from "@/tests/support/staff";

let reference = "";
let target = "";

beforeAll(async () => {
  reference = (await ticketFor(await newCustomer("matrix"))).reference;
  target = (await newAgent("agent", "target")).userId;
});

/** Every staff entry point in lib/, and whether only admins may call it. */
const actions: { name: string; adminOnly: boolean; call: (actor: Actor) => Promise<unknown> }[] = [
  {
    name: "list the queue",
    adminOnly: false,
    call: (a) => listStaffTickets(a, staffTicketQuery.parse({})),
  },
  { name: "queue filter options", adminOnly: false, call: (a) => queueOptions(a) },
  { name: "open a ticket", adminOnly: false, call: (a) => getStaffTicket(a, reference) },
  {
    name: "reply or note",
    adminOnly: false,
    call: (a) =>
      addStaffMessage(
        a,
        {
          reference,
          body: "From the matrix",
          internal: true,
          submissionKey: randomUUID(),
          seenLastMessageId: "",
          sendAnyway: true,
        },
        [],
      ),
  },
  {
    name: "change a ticket",
    adminOnly: false,
    call: (a) => changeTicket(a, reference, { status: "open", priority: "high", assigneeId: "" }),
  },
  { name: "list the team", adminOnly: false, call: (a) => listStaffMembers(a) },
  { name: "list blocked IPs", adminOnly: false, call: (a) => listBlockedIps(a) },
  { name: "lift a ban", adminOnly: false, call: (a) => liftBlockedIp(a, "198.51.100.7") },
  {
    name: "invite to the team",
    adminOnly: true,
    call: (a) =>
      inviteStaffMember(a, { email: `invited.${randomUUID()}@example.com`, role: "agent" }),
  },
  { name: "deactivate a member", adminOnly: true, call: (a) => deactivateStaffMember(a, target) },
  { name: "see email delivery", adminOnly: true, call: (a) => listEmailDelivery(a) },
  {
    name: "send a failed email again",
    adminOnly: true,
    call: async (a) => retryFailedEmail(a, await failedEmail()),
  },
];

describe("who may use the staff console's actions", () => {
  it.each(actions)("$name: not found for everyone outside the team", async ({ call }) => {
    for (const actor of Object.values(await outsiders())) await expectNotFound(() => call(actor));
  });

  it.each(actions)("$name: agents only where not for admins", async ({ call, adminOnly }) => {
    const agent = await newAgent("agent");
    if (adminOnly) await expectNotFound(() => call(agent));
    else await expect(call(agent)).resolves.not.toThrow();
  });

  it.each(actions)("$name: admins always", async ({ call }) => {
    await expect(call(await newAgent("admin"))).resolves.not.toThrow();
  });
});
