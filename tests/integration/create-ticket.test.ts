import { randomUUID } from "node:crypto";
import { readdir } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { attachments, messages, outbox, tickets, users } from "@/db/schema";
import { getConfig } from "@/lib/config/config";
import { getFileStorage } from "@/lib/files/storage";
import { openEmailData } from "@/lib/mail/seal-email-data";
import { createTicket } from "@/lib/tickets/create-ticket";
import type { TicketInput } from "@/lib/tickets/ticket-input";

const input = (overrides: Partial<TicketInput> = {}): TicketInput => ({
  name: "Ana Novak",
  email: `ana.${randomUUID().slice(0, 8)}@example.com`,
  subject: "The export button does nothing",
  category: "Technical problem",
  description: "Since Monday the export button does nothing.\nשלום 👋🏽",
  submissionKey: randomUUID(),
  ...overrides,
});

const sender = { ip: "192.0.2.10" };

const file = (name: string, text: string) => ({
  name,
  contentType: "text/plain",
  bytes: new TextEncoder().encode(text),
});

async function storedFiles() {
  const entries = await readdir(getConfig().uploadDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
}

async function rowsFor(ticketId: string) {
  const db = await getDb();
  const [ticket] = await db.select().from(tickets).where(eq(tickets.id, ticketId));
  const ticketMessages = await db.select().from(messages).where(eq(messages.ticketId, ticketId));
  const files = await db.select().from(attachments).where(eq(attachments.ticketId, ticketId));
  return { ticket, messages: ticketMessages, files };
}

describe("createTicket", () => {
  it("stores the ticket, its first message, its attachments and the confirmation email", async () => {
    const submitted = input();
    const result = await createTicket(submitted, [file("отчёт.txt", "hello")], sender);

    expect(result.created).toBe(true);
    expect(result.reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const rows = await rowsFor(result.id);
    expect(rows.ticket).toMatchObject({ subject: submitted.subject, status: "open" });
    expect(rows.messages.map((m) => m.body)).toEqual([submitted.description]);
    expect(rows.files).toHaveLength(1);
    expect(rows.files[0]).toMatchObject({ name: "отчёт.txt", size: 5, contentType: "text/plain" });
    const stored = await getFileStorage().get(rows.files[0]?.storageKey ?? "");
    expect(new TextDecoder().decode(stored ?? undefined)).toBe("hello");

    const db = await getDb();
    const emails = await db.select().from(outbox).where(eq(outbox.recipient, submitted.email));
    expect(emails).toHaveLength(1);
    expect(emails[0]?.template).toBe("ticket_confirmation");
    expect(emails[0] && openEmailData(emails[0])).toMatchObject({
      reference: result.reference,
      subject: submitted.subject,
    });
  });

  it("creates one ticket for a submission sent twice, even at the same moment", async () => {
    const submitted = input();
    const [first, second] = await Promise.all([
      createTicket(submitted, [file("a.txt", "one")], sender),
      createTicket(submitted, [file("a.txt", "one")], sender),
    ]);
    const again = await createTicket(submitted, [], sender);

    expect(second.reference).toBe(first.reference);
    expect(again).toMatchObject({ reference: first.reference, created: false });
    const db = await getDb();
    const [requester] = await db.select().from(users).where(eq(users.email, submitted.email));
    const theirTickets = await db
      .select()
      .from(tickets)
      .where(eq(tickets.requesterId, requester?.id ?? ""));
    expect(theirTickets).toHaveLength(1);
    expect((await rowsFor(first.id)).files).toHaveLength(1);
    const emails = await db.select().from(outbox).where(eq(outbox.recipient, submitted.email));
    expect(emails).toHaveLength(1);
  });

  it("refuses a submission key already used by another address", async () => {
    const submitted = input();
    await createTicket(submitted, [], sender);
    await expect(
      createTicket({ ...submitted, email: "mallory@example.com" }, [], sender),
    ).rejects.toMatchObject({
      code: "conflict",
      userMessage: expect.stringMatching(/already sent/),
    });
  });

  it("keeps one requester per address and does not let a form rename them", async () => {
    const email = `same.${randomUUID().slice(0, 8)}@example.com`;
    await createTicket(input({ email, name: "First Name" }), [], sender);
    await createTicket(input({ email, name: "Someone Else" }), [], sender);
    const db = await getDb();
    const rows = await db.select().from(users).where(eq(users.email, email));
    expect(rows.map((user) => user.name)).toEqual(["First Name"]);
  });

  it("writes nothing when the transaction fails part-way, and removes the stored files", async () => {
    const submitted = input();
    const db = await getDb();
    const before = await db.select().from(attachments);
    const filesBefore = await storedFiles();
    // PostgreSQL refuses a NUL character in text: the attachment row fails after the ticket's.
    const broken = { ...file("ok.txt", "data"), name: "bad\u0000name.txt" };
    await expect(
      createTicket(submitted, [file("fine.txt", "x"), broken], sender),
    ).rejects.toThrow();

    expect(
      await db.select().from(tickets).where(eq(tickets.submissionKey, submitted.submissionKey)),
    ).toEqual([]);
    expect(await db.select().from(outbox).where(eq(outbox.recipient, submitted.email))).toEqual([]);
    expect(await db.select().from(attachments)).toHaveLength(before.length);
    expect(await storedFiles()).toEqual(filesBefore);
  });
});
