import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { outbox, tickets } from "@/db/schema";
import { getConfig } from "@/lib/config/config";
import { deliverDueEmails } from "@/lib/mail/deliver-outbox";
import { createResendSender } from "@/lib/mail/resend-sender";
import { openEmailData } from "@/lib/mail/seal-email-data";
import { kickOutboxSender } from "@/lib/mail/start-outbox-sender";
import { createTicket } from "@/lib/tickets/create-ticket";
import { ticketInputSchema } from "@/lib/tickets/ticket-input";
import { startResendStandIn } from "@/tests/support/resend-stand-in";

// Configured through the environment, as in production; read on first use, after these lines.
const standIn = await startResendStandIn();
process.env.RESEND_API_KEY = standIn.apiKey;
process.env.RESEND_BASE_URL = standIn.url;

const ticketsPerRun = 6;
const minutes = (count: number) => new Date(Date.now() + count * 60_000);

afterAll(() => standIn.close());

beforeEach(() => {
  standIn.recover();
});

/** A customer's submission through the same checks and function the Submit a Ticket form uses. */
async function submit(label: string) {
  const email = `${label}.${randomUUID().slice(0, 8)}@example.com`;
  const input = ticketInputSchema(getConfig().ticketCategories).parse({
    name: `Customer ${label}`,
    email,
    subject: `Invoice missing for ${label}`,
    category: "Billing",
    description: "The March invoice never arrived.",
    submissionKey: randomUUID(),
  });
  const ticket = await createTicket(input, [], { ip: "unknown" });
  return { ...ticket, email };
}

/** Customers submit tickets at once while delivery runs after each, as the form's `after()`. */
async function submitWhileDelivering(label: string, deliver: () => Promise<unknown>) {
  return Promise.all(
    Array.from({ length: ticketsPerRun }, async (_, i) => {
      const ticket = await submit(`${label}${i}`);
      await deliver();
      return ticket;
    }),
  );
}

/** The confirmation emails of these tickets, as the outbox holds them. */
async function confirmations(references: string[]) {
  const db = await getDb();
  const rows = await db.select().from(outbox).where(eq(outbox.template, "ticket_confirmation"));
  return rows.filter((row) =>
    references.includes((openEmailData(row) as { reference: string }).reference),
  );
}

/** Every ticket is stored, and its confirmation was accepted by Resend exactly once. */
async function expectSavedAndConfirmedOnce(submitted: Awaited<ReturnType<typeof submit>>[]) {
  const references = submitted.map((ticket) => ticket.reference);
  expect(submitted.every((ticket) => ticket.created)).toBe(true);
  const db = await getDb();
  const stored = await db
    .select({ reference: tickets.reference })
    .from(tickets)
    .where(inArray(tickets.reference, references));
  expect(stored.map((row) => row.reference).sort()).toEqual([...references].sort());

  const emails = await confirmations(references);
  expect(emails).toHaveLength(submitted.length);
  for (const email of emails) {
    expect(email.sentAt).toBeInstanceOf(Date);
    const received = standIn.emails.filter(
      (sent) => sent.idempotencyKey === `podpora-outbox/${email.id}`,
    );
    expect(received.map((sent) => sent.to)).toEqual([[email.recipient]]);
    expect(received[0]?.id).toBe(email.providerMessageId);
  }
  for (const ticket of submitted) {
    const toRequester = standIn.emails.filter((sent) => sent.to.includes(ticket.email));
    expect(toRequester.map((sent) => sent.subject)).toEqual([
      `[${ticket.reference}] We received your request: Invoice missing for ${ticket.email.split(".")[0]}`,
    ]);
  }
}

/** Delivers everything due at `now` until a run finds nothing more. */
async function deliverAllDue(now: Date) {
  for (let run = 0; run < 10; run += 1) {
    const counts = await deliverDueEmails({ now });
    if (counts.sent + counts.retried + counts.failed === 0) return;
  }
  throw new Error("delivery did not settle in 10 runs");
}

describe("mail delivery while Resend fails and tickets come in", () => {
  it("keeps every ticket when Resend answers 500, and confirms each once it recovers", async () => {
    standIn.failNext(1000);

    const submitted = await submitWhileDelivering("fivehundred", kickOutboxSender);

    const waiting = await confirmations(submitted.map((ticket) => ticket.reference));
    expect(waiting).toHaveLength(ticketsPerRun);
    for (const email of waiting) {
      expect(email).toMatchObject({ sentAt: null, failedAt: null });
      expect(email.lastError).toContain("internal_server_error (500)");
    }
    expect(standIn.emails).toEqual([]);

    standIn.recover();
    await deliverAllDue(minutes(90));
    await expectSavedAndConfirmedOnce(submitted);
  });

  it("waits as long as a 429's retry-after asks, then confirms each ticket once", async () => {
    const failure = { status: 429, name: "rate_limit_exceeded", headers: { "retry-after": "300" } };
    standIn.failNext(1000, failure);
    const started = Date.now();
    const requestsBefore = standIn.requestCount();

    const submitted = await submitWhileDelivering("ratelimited", kickOutboxSender);

    const waiting = await confirmations(submitted.map((ticket) => ticket.reference));
    expect(waiting).toHaveLength(ticketsPerRun);
    for (const email of waiting) {
      // The first backoff alone is a minute; Resend asked for five. Once asked, nobody knocks.
      expect(email.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(started + 300_000);
      expect(email.attempts).toBeLessThanOrEqual(1);
      if (email.attempts === 1) expect(email.lastError).toContain("rate_limit_exceeded (429)");
    }
    const tried = waiting.filter((email) => email.attempts === 1).length;
    expect(standIn.requestCount() - requestsBefore).toBe(tried);

    standIn.recover();
    expect(await deliverDueEmails({ now: minutes(4) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    await deliverAllDue(minutes(90));
    await expectSavedAndConfirmedOnce(submitted);
  });

  it("stops a batch at a 429 and holds the rest, uncounted, as long as Resend asked", async () => {
    const submitted = [await submit("held0"), await submit("held1"), await submit("held2")];
    const references = submitted.map((ticket) => ticket.reference);
    standIn.failNext(1, {
      status: 429,
      name: "rate_limit_exceeded",
      headers: { "retry-after": "30" },
    });
    const requestsBefore = standIn.requestCount();
    const now = new Date();
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

    expect(await deliverDueEmails({ now })).toEqual({ sent: 0, retried: 1, failed: 0 });

    expect(standIn.requestCount() - requestsBefore).toBe(1);
    const held = (await confirmations(references)).filter((email) => email.attempts === 0);
    expect(held).toHaveLength(2);
    for (const email of held) {
      expect(email).toMatchObject({ lastError: null, nextAttemptAt: at(30) });
    }
    expect(await deliverDueEmails({ now: at(29) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliverDueEmails({ now: at(30) })).toEqual({ sent: 2, retried: 0, failed: 0 });
    // The email that was refused waits its backoff of a minute, longer than the 30 s asked.
    expect(await deliverDueEmails({ now: at(59) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliverDueEmails({ now: at(60) })).toEqual({ sent: 1, retried: 0, failed: 0 });
    await expectSavedAndConfirmedOnce(submitted);
  });

  it("retries sends that time out, whether or not Resend got them, sending each once", async () => {
    // Half the requests never reach Resend; the other half are sent but the answer is lost.
    const sender = createResendSender({
      apiKey: standIn.apiKey,
      baseUrl: standIn.url,
      timeoutMs: 200,
    });
    standIn.hangNext(ticketsPerRun / 2);
    standIn.acceptSilentlyNext(1000);

    const submitted = await submitWhileDelivering("timeout", () => deliverDueEmails({ sender }));

    const waiting = await confirmations(submitted.map((ticket) => ticket.reference));
    for (const email of waiting) {
      expect(email).toMatchObject({ sentAt: null, failedAt: null });
      expect(email.lastError).toBe("Resend did not answer in 200 ms");
    }
    expect(standIn.emails.length).toBeGreaterThan(0);

    standIn.recover();
    await deliverAllDue(minutes(90));
    await expectSavedAndConfirmedOnce(submitted);
  });
});
