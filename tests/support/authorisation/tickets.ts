import { randomUUID } from "node:crypto";
import { openAttachment } from "@/lib/files/open-attachment";
import { addCustomerReply } from "@/lib/tickets/add-customer-reply";
import { closeTicket } from "@/lib/tickets/close-ticket";
import { getTicket } from "@/lib/tickets/get-ticket";
import { listTickets } from "@/lib/tickets/list-tickets";
import { ticketListQuery } from "@/lib/tickets/ticket-list-query";
import { ticketFor } from "@/tests/support/customers";
import type { MatrixRow } from "./row";
import { allowed } from "./world";

// The ticket acted on was sent by a second Manager of organisation A ("targetA").
export const ticketRows: MatrixRow[] = [
  {
    name: "submit a ticket",
    covers: ["app/tickets/new/actions.ts#submitTicket"],
    allowed: ["anonymous", "guest", "userA", "managerA", "userB", "managerB", "removed", "agent"],
    run: async (caller) => {
      const email = caller.kind === "anonymous" ? "someone@example.com" : caller.email;
      const customer = { kind: "customer", userId: "", email, name: "Someone" } as const;
      return allowed(ticketFor({ ...customer, hasPassword: false, membership: null }));
    },
  },
  {
    name: "open another member's ticket",
    covers: [],
    allowed: ["managerA", "agent"],
    run: (caller, world) => allowed(getTicket(caller, world.ticket.reference)),
  },
  {
    name: "see another member's ticket in the list of all tickets",
    covers: [],
    allowed: ["managerA", "agent"],
    run: async (caller, world) => {
      const page = await listTickets(caller, ticketListQuery.parse({ scope: "all" }));
      return page.tickets.some((ticket) => ticket.id === world.ticket.id);
    },
  },
  {
    name: "reply to another member's ticket",
    covers: ["app/my-tickets/[reference]/actions.ts#replyToTicket"],
    allowed: ["managerA"],
    run: async (caller, world) => {
      if (caller.kind !== "customer") return false;
      const reply = { reference: world.ticket.reference, body: "Hi", submissionKey: randomUUID() };
      return allowed(addCustomerReply(caller, reply, []));
    },
  },
  {
    name: "close another member's ticket",
    covers: ["app/my-tickets/[reference]/actions.ts#closeTicketAction"],
    allowed: ["managerA"],
    run: async (caller, world) =>
      caller.kind === "customer" && allowed(closeTicket(caller, world.ticket.reference)),
  },
  {
    name: "download an attachment of another member's ticket",
    covers: ["app/attachments/[id]/route.ts#GET"],
    allowed: ["managerA", "agent"],
    run: (caller, world) => allowed(openAttachment(caller, world.attachmentId)),
  },
];
