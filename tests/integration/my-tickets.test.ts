import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { queriesSent } from "@/db/query-count";
import { tickets } from "@/db/schema";
import { openAttachment } from "@/lib/files/open-attachment";
import { addCustomerReply } from "@/lib/tickets/add-customer-reply";
import { closeTicket } from "@/lib/tickets/close-ticket";
import { getTicket } from "@/lib/tickets/get-ticket";
import { listTickets } from "@/lib/tickets/list-tickets";
import { ticketListQuery } from "@/lib/tickets/ticket-list-query";
import { newCustomer, ticketFor } from "@/tests/support/customers";

const view = (query: Record<string, string> = {}) => ticketListQuery.parse(query);

describe("the list of My Tickets", () => {
  it("pages through 31 tickets, two with one timestamp on a page boundary, without loss", async () => {
    const customer = await newCustomer("pager");
    for (let i = 0; i < 31; i++) await ticketFor(customer, { subject: `Ticket number ${i}` });
    const db = await getDb();
    const ids = (
      await db
        .select({ id: tickets.id })
        .from(tickets)
        .where(eq(tickets.requesterId, customer.userId))
    ).map((row) => row.id);
    // Newest first, positions 19 and 20 (the last of page 1, the first of page 2) share a time.
    for (const [index, id] of ids.entries()) {
      const minute = index === 11 ? 10 : index;
      await db
        .update(tickets)
        .set({ createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)) })
        .where(eq(tickets.id, id));
    }

    const seen: string[] = [];
    for (const page of ["1", "2"]) {
      const result = await listTickets(customer, view({ sort: "created", page }));
      expect(result).toMatchObject({ total: 31, pages: 2 });
      seen.push(...result.tickets.map((ticket) => ticket.id));
    }
    expect(seen).toHaveLength(31);
    expect(new Set(seen).size).toBe(31);

    // The same when every ticket shares one time, where only the id can order them.
    await db
      .update(tickets)
      .set({ createdAt: new Date(Date.UTC(2026, 0, 1)) })
      .where(eq(tickets.requesterId, customer.userId));
    const pages = await Promise.all(
      ["1", "2"].map((page) => listTickets(customer, view({ sort: "created", page }))),
    );
    const order = pages.flatMap((page) => page.tickets.map((ticket) => ticket.id));
    expect(order).toEqual([...order].sort().reverse());
    expect(new Set(order).size).toBe(31);
  });

  it("treats page numbers of -1, 10^9 and 'abc' sensibly", async () => {
    const customer = await newCustomer("pages");
    await ticketFor(customer);
    expect(view({ page: "-1" }).page).toBe(1);
    expect(view({ page: "abc" }).page).toBe(1);
    expect(view({ page: "1000000000" }).page).toBe(1);
    expect((await listTickets(customer, view({ page: "99999" }))).tickets).toEqual([]);
  });

  it("filters by status and searches subjects, messages and references, whatever the input", async () => {
    const customer = await newCustomer("search");
    const invoice = await ticketFor(customer, {
      subject: "Invoice missing",
      description: "The PDF never came",
    });
    await ticketFor(customer, {
      subject: "Login broken",
      description: "Password reset email never came",
    });
    await closeTicket(customer, invoice.reference);

    const subjects = async (query: Record<string, string>) =>
      (await listTickets(customer, view(query))).tickets.map((ticket) => ticket.subject).sort();
    expect(await subjects({ q: "invoice" })).toEqual(["Invoice missing"]);
    expect(await subjects({ q: "pdf" })).toEqual(["Invoice missing"]);
    expect(await subjects({ q: "nev" })).toEqual(["Invoice missing", "Login broken"]);
    expect(await subjects({ q: invoice.reference.toLowerCase() })).toEqual(["Invoice missing"]);
    expect(await subjects({ status: "closed" })).toEqual(["Invoice missing"]);
    expect(await subjects({ status: "open" })).toEqual(["Login broken"]);
    for (const q of ["%", "'", "--", "' or 1=1 --", "a & b | !c", "\\", ":*"]) {
      await expect(subjects({ q })).resolves.toBeDefined();
    }
    expect(await subjects({ q: "%" })).toHaveLength(2);
  });

  it("takes a search of only punctuation for no search, so the page claims no match", () => {
    for (const q of ["%", "'", "--", " ' -- ", "%%%"]) expect(view({ q }).q).toBe("");
    expect(view({ q: " invoice? " }).q).toBe("invoice?");
    expect(view({ q: "a & b" }).q).toBe("a & b");
  });

  it("shows nobody else's tickets, and its query count does not grow with the tickets shown", async () => {
    const mine = await newCustomer("mine");
    const theirs = await newCustomer("theirs");
    await ticketFor(theirs);
    await ticketFor(mine);
    const before = queriesSent();
    await listTickets(mine, view());
    const forOne = queriesSent() - before;

    for (let i = 0; i < 15; i++) await ticketFor(mine);
    const again = queriesSent();
    const result = await listTickets(mine, view());
    expect(queriesSent() - again).toBe(forOne);
    expect(result.total).toBe(16);
  });
});

describe("a ticket", () => {
  it("is not found for another customer, by reference or attachment id", async () => {
    const owner = await newCustomer("owner");
    const stranger = await newCustomer("stranger");
    const ticket = await ticketFor(owner, {}, [{ name: "secret.txt", text: "secret" }]);
    const view = await getTicket(owner, ticket.reference.toLowerCase());
    const attachmentId = view?.conversation[0]?.attachments[0]?.id ?? "";

    expect(view?.ticket.id).toBe(ticket.id);
    expect(await getTicket(stranger, ticket.reference)).toBeNull();
    expect(await getTicket({ kind: "anonymous" }, ticket.reference)).toBeNull();
    expect(await openAttachment(stranger, attachmentId)).toBeNull();
    expect(await openAttachment(stranger, "not-a-uuid")).toBeNull();
    const download = await openAttachment(owner, attachmentId);
    expect(new TextDecoder().decode(download?.bytes)).toBe("secret");
    expect(await closeTicket(stranger, ticket.reference)).toBe(false);
    const reply = { reference: ticket.reference, body: "hi", submissionKey: randomUUID() };
    expect(await addCustomerReply(stranger, reply, [])).toBeNull();
  });

  it("keeps its conversation in order with attachments, in a constant number of queries", async () => {
    const customer = await newCustomer("talk");
    const ticket = await ticketFor(customer, { description: "first" }, [
      { name: "a.txt", text: "a" },
    ]);
    const before = queriesSent();
    await getTicket(customer, ticket.reference);
    const forOne = queriesSent() - before;
    for (const body of ["second", "third"]) {
      const reply = { reference: ticket.reference, body, submissionKey: randomUUID() };
      await addCustomerReply(customer, reply, [
        { name: `${body}.txt`, contentType: "text/plain", bytes: new Uint8Array([65]) },
      ]);
    }

    const again = queriesSent();
    const view = await getTicket(customer, ticket.reference);
    expect(queriesSent() - again).toBe(forOne);
    expect(view?.conversation.map((message) => message.body)).toEqual(["first", "second", "third"]);
    expect(
      view?.conversation.map((message) => message.attachments.map((file) => file.name)),
    ).toEqual([["a.txt"], ["second.txt"], ["third.txt"]]);
  });

  it("stores a retried reply once, and a reply reopens a closed ticket", async () => {
    const customer = await newCustomer("reply");
    const ticket = await ticketFor(customer);
    await closeTicket(customer, ticket.reference);
    const reply = {
      reference: ticket.reference,
      body: "Still broken",
      submissionKey: randomUUID(),
    };

    const results = await Promise.all([
      addCustomerReply(customer, reply, []),
      addCustomerReply(customer, reply, []),
    ]);
    expect(results.map((result) => result?.ticketId)).toEqual([ticket.id, ticket.id]);
    const view = await getTicket(customer, ticket.reference);
    expect(view?.conversation.filter((message) => message.body === "Still broken")).toHaveLength(1);
    expect(view?.ticket.status).toBe("open");

    const db = await getDb();
    const [row] = await db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row?.lastActivityAt.getTime()).toBeGreaterThan(row?.createdAt.getTime() ?? 0);
  });
});
