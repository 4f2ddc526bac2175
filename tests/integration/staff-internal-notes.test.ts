import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { attachments, messages, tickets, users } from "@/db/schema";
import { openAttachment } from "@/lib/files/open-attachment";
import { addStaffMessage } from "@/lib/staff/add-staff-message";
import { getStaffTicket } from "@/lib/staff/get-staff-ticket";
import { listStaffTickets } from "@/lib/staff/list-staff-tickets";
import { staffTicketQuery } from "@/lib/staff/staff-ticket-query";
import { addCustomerReply } from "@/lib/tickets/add-customer-reply";
import { getTicket } from "@/lib/tickets/get-ticket";
import { listTickets } from "@/lib/tickets/list-tickets";
import { ticketListQuery } from "@/lib/tickets/ticket-list-query";
import { newCustomer, ticketFor } from "@/tests/support/customers";
import { newAgent } from "@/tests/support/staff";
import { mailsTo, note, textFile } from "@/tests/support/staff-messages";

describe("internal notes", () => {
  it("reach the team and never the customer: not their page, search, attachments or email", async () => {
    const agent = await newAgent();
    const customer = await newCustomer("noted");
    const { reference } = await ticketFor(customer, { subject: "Broken printer" });
    const before = (await mailsTo(customer.email)).length;

    await addStaffMessage(agent, note(reference, "Secret zebra remark"), [
      textFile("internal bytes"),
    ]);
    await addStaffMessage(agent, note(reference, "We are on it", { internal: false }), [
      textFile("public bytes"),
    ]);

    const staffView = await getStaffTicket(agent, reference);
    expect(staffView?.conversation.map((m) => [m.body, m.internal])).toEqual([
      ["It is on fire.", false],
      ["Secret zebra remark", true],
      ["We are on it", false],
    ]);
    const customerView = await getTicket(customer, reference);
    expect(JSON.stringify(customerView)).not.toContain("zebra");
    expect(customerView?.conversation.map((m) => m.body)).toEqual([
      "It is on fire.",
      "We are on it",
    ]);

    const search = (q: string) => listTickets(customer, ticketListQuery.parse({ q }));
    expect((await search("zebra")).total).toBe(0);
    const staffSearch = await listStaffTickets(agent, staffTicketQuery.parse({ q: "zebra" }));
    expect(staffSearch.tickets.map((t) => t.reference)).toEqual([reference]);

    const db = await getDb();
    const files = await db
      .select({ id: attachments.id, internal: messages.internal })
      .from(attachments)
      .innerJoin(messages, eq(messages.id, attachments.messageId))
      .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
      .where(eq(tickets.reference, reference));
    const hidden = files.find((f) => f.internal)?.id ?? "";
    const shown = files.find((f) => !f.internal)?.id ?? "";
    expect(await openAttachment(customer, hidden)).toBeNull();
    expect(await openAttachment(customer, shown)).not.toBeNull();
    expect(await openAttachment(agent, hidden)).not.toBeNull();

    const mails = await mailsTo(customer.email);
    expect(mails.slice(before).map((m) => m.template)).toEqual(["ticket_reply"]);
    expect(JSON.stringify(mails)).not.toContain("zebra");
  });

  it("leave the last activity the customer sees as it was", async () => {
    // Failing input: a note moved the ticket's last activity, so the customer saw when one
    // was written.
    const agent = await newAgent();
    const customer = await newCustomer("watched");
    const { reference } = await ticketFor(customer);
    const activity = async () => (await getTicket(customer, reference))?.ticket.lastActivityAt;
    const before = await activity();

    await addStaffMessage(agent, note(reference, "Only for us"), []);
    expect(await activity()).toEqual(before);

    await addStaffMessage(agent, note(reference, "For you", { internal: false }), []);
    expect((await activity())?.getTime()).toBeGreaterThan(before?.getTime() ?? Infinity);
  });

  it("show an agent without a name as the support team, never by their address", async () => {
    const db = await getDb();
    const agent = await newAgent();
    await db.update(users).set({ name: null }).where(eq(users.id, agent.userId));
    const customer = await newCustomer("asking");
    const { reference } = await ticketFor(customer);

    await addStaffMessage(agent, note(reference, "Fixed now", { internal: false }), []);
    const view = await getTicket(customer, reference);
    expect(view?.conversation.map((m) => m.authorName)).toEqual([customer.name, "Support team"]);
    expect(JSON.stringify(view)).not.toContain(agent.email);
  });

  it("cannot be made by a customer through a crafted reply", async () => {
    const customer = await newCustomer("crafty");
    const { reference } = await ticketFor(customer);
    const crafted = { reference, body: "Sneaky", submissionKey: randomUUID(), internal: true };
    await addCustomerReply(customer, crafted, []);
    const db = await getDb();
    const [row] = await db.select().from(messages).where(eq(messages.body, "Sneaky"));
    expect(row?.internal).toBe(false);
  });
});
