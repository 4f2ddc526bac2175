import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { messages, outbox, ticketEvents, tickets } from "@/db/schema";
import { openEmailData } from "@/lib/mail/seal-email-data";
import { addStaffMessage } from "@/lib/staff/add-staff-message";
import { changeTicket } from "@/lib/staff/change-ticket";
import { getStaffTicket } from "@/lib/staff/get-staff-ticket";
import { addCustomerReply } from "@/lib/tickets/add-customer-reply";
import { newCustomer, ticketFor } from "@/tests/support/customers";
import { deactivatedAgent, newAgent } from "@/tests/support/staff";
import { mailsTo, note } from "@/tests/support/staff-messages";

describe("changing a ticket", () => {
  it("records each change in the history and refuses bad values", async () => {
    const agent = await newAgent();
    const { reference, id } = await ticketFor(await newCustomer("changes"));
    await changeTicket(agent, reference, {
      status: "awaiting_customer",
      priority: "urgent",
      assigneeId: agent.userId,
    });
    const db = await getDb();
    const events = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, id));
    expect(events.map((e) => [e.field, e.fromValue, e.toValue]).sort()).toEqual([
      ["assignee", null, agent.userId],
      ["priority", "normal", "urgent"],
      ["status", "open", "awaiting_customer"],
    ]);

    const customer = await newCustomer("not-staff");
    const former = await deactivatedAgent();
    const valid = { status: "open", priority: "low", assigneeId: "" };
    for (const bad of [
      { ...valid, assigneeId: customer.userId },
      { ...valid, assigneeId: former.kind === "customer" ? former.userId : "" },
      { ...valid, status: "deleted" },
      { ...valid, priority: "critical" },
    ]) {
      await expect(changeTicket(agent, reference, bad)).rejects.toMatchObject({
        code: "invalid_input",
      });
    }
    const [ticket] = await db.select().from(tickets).where(eq(tickets.id, id));
    expect(ticket).toMatchObject({ status: "awaiting_customer", priority: "urgent" });
  });
});

describe("who the ticket waits for", () => {
  it("is the customer after a public reply, and support again after the customer's", async () => {
    // Failing input: after support answered, My Tickets still said it waited for support.
    const agent = await newAgent();
    const customer = await newCustomer("waiting");
    const { reference, id } = await ticketFor(customer);
    const db = await getDb();
    const status = async () =>
      (await db.select({ status: tickets.status }).from(tickets).where(eq(tickets.id, id)))[0]
        ?.status;

    await addStaffMessage(agent, note(reference, "Checking"), []);
    expect(await status()).toBe("open");
    await addStaffMessage(agent, note(reference, "Try again now", { internal: false }), []);
    expect(await status()).toBe("awaiting_customer");
    const events = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, id));
    expect(events.map((e) => [e.field, e.fromValue, e.toValue, e.actorId])).toEqual([
      ["status", "open", "awaiting_customer", agent.userId],
    ]);

    const reply = { reference, body: "Still broken", submissionKey: randomUUID() };
    await addCustomerReply(customer, reply, []);
    expect(await status()).toBe("open");
  });
});

describe("someone else replied", () => {
  it("holds the message until the agent has seen the newest one", async () => {
    const agent = await newAgent();
    const customer = await newCustomer("talkative");
    const { reference } = await ticketFor(customer);
    const opened = await getStaffTicket(agent, reference);
    const seen = opened?.conversation.at(-1)?.id ?? "";
    await addCustomerReply(
      customer,
      { reference, body: "Any news?", submissionKey: randomUUID() },
      [],
    );

    const held = await addStaffMessage(
      agent,
      note(reference, "Late", { seenLastMessageId: seen, sendAnyway: false }),
      [],
    );
    expect(held.outcome).toBe("someone_replied");
    if (held.outcome !== "someone_replied") return;
    const db = await getDb();
    expect(await db.select().from(messages).where(eq(messages.body, "Late"))).toEqual([]);
    const sent = await addStaffMessage(
      agent,
      note(reference, "Late", { seenLastMessageId: held.lastMessageId, sendAnyway: false }),
      [],
    );
    expect(sent.outcome).toBe("sent");
  });
});

describe("notifications to the team", () => {
  it("go to every active agent for an unassigned ticket, then to the assignee alone", async () => {
    const one = await newAgent("agent", "one");
    const two = await newAgent("agent", "two");
    const former = await deactivatedAgent();
    const customer = await newCustomer("asking");
    const { reference } = await ticketFor(customer, { subject: "Need help" });
    const activity = async (email: string) =>
      (await mailsTo(email)).filter((m) => m.template === "staff_ticket_activity").length;
    expect([await activity(one.email), await activity(two.email)]).toEqual([1, 1]);
    expect(former.kind === "customer" ? await activity(former.email) : -1).toBe(0);

    await changeTicket(one, reference, {
      status: "open",
      priority: "normal",
      assigneeId: one.userId,
    });
    await addCustomerReply(customer, { reference, body: "More", submissionKey: randomUUID() }, []);
    expect([await activity(one.email), await activity(two.email)]).toEqual([2, 1]);
    const db = await getDb();
    const [mail] = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.recipient, one.email), eq(outbox.template, "staff_ticket_activity")));
    expect(JSON.stringify(mail && openEmailData(mail))).toContain(`/staff/tickets/${reference}`);
  });
});
