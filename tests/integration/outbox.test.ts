import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { outbox } from "@/db/schema";
import { deliverDueEmails, maxDeliveryAttempts } from "@/lib/mail/deliver-outbox";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { createResendSender, type MailSender } from "@/lib/mail/resend-sender";
import { resendForThisFile } from "@/tests/support/resend-for-this-file";

// The configuration is read on first use, after this line: this file runs without Resend.
delete process.env.RESEND_API_KEY;

const day = 24 * 60 * 60_000;
const later = (days: number) => new Date(Date.now() + days * day);

const confirmation = (reference: string) => ({
  name: "Ana Novak",
  reference,
  subject: `Export fails (${reference})`,
  trackUrl: "http://localhost:3000/track",
});

async function enqueue(recipient: string, reference = "K7QM-4XTD") {
  const db = await getDb();
  return enqueueEmail(db, {
    recipient,
    template: "ticket_confirmation",
    data: confirmation(reference),
  });
}

async function row(id: string) {
  const db = await getDb();
  const [email] = await db.select().from(outbox).where(eq(outbox.id, id));
  if (!email) throw new Error(`outbox row ${id} is gone`);
  return email;
}

const { standIn, sender } = await resendForThisFile(500);

describe("the outbox", () => {
  it("stores a valid email inside the caller's transaction and refuses invalid data", async () => {
    const db = await getDb();
    const { id } = await enqueue("  Ana.Novak@Example.COM ");
    expect(await row(id)).toMatchObject({ recipient: "ana.novak@example.com", attempts: 0 });

    const data = { ...confirmation("K7QM-4XTD"), trackUrl: "not a url" };
    await expect(
      enqueueEmail(db, { recipient: "ana@example.com", template: "ticket_confirmation", data }),
    ).rejects.toThrow(/trackUrl/);
    await expect(
      db.transaction(async (tx) => {
        const recipient = "rolled.back@example.com";
        await enqueueEmail(tx, {
          recipient,
          template: "ticket_confirmation",
          data: confirmation("X"),
        });
        throw new Error("the ticket could not be saved");
      }),
    ).rejects.toThrow("the ticket could not be saved");
    expect(await db.select().from(outbox)).toHaveLength(1);
  });

  it("makes an email due at once on the clock delivery uses", async () => {
    // Failing input: with the database's now() the stored time kept microseconds, so a delivery
    // run in the same millisecond found nothing due.
    const db = await getDb();
    const { id } = await enqueue("ana@example.com");
    const [stored] = await db
      .select({
        micros: sql<number>`extract(microseconds from ${outbox.nextAttemptAt})::int % 1000`,
      })
      .from(outbox)
      .where(eq(outbox.id, id));
    expect(stored?.micros).toBe(0);
    expect(await deliverDueEmails({ sender })).toEqual({ sent: 1, retried: 0, failed: 0 });
  });

  it("delivers due emails through Resend, each with its own idempotency key", async () => {
    const first = await enqueue("ana@example.com", "AAAA-2222");
    const second = await enqueue("bo@example.com", "BBBB-3333");

    expect(await deliverDueEmails({ sender })).toEqual({ sent: 2, retried: 0, failed: 0 });

    const received = [...standIn.emails].sort((a, b) => a.to[0]?.localeCompare(b.to[0] ?? "") ?? 0);
    expect(received.map((email) => [email.to, email.subject])).toEqual([
      [["ana@example.com"], "[AAAA-2222] We received your request: Export fails (AAAA-2222)"],
      [["bo@example.com"], "[BBBB-3333] We received your request: Export fails (BBBB-3333)"],
    ]);
    expect(received[0]?.text).toContain("http://localhost:3000/track");
    expect(received.map((email) => email.idempotencyKey).sort()).toEqual(
      [`podpora-outbox/${first.id}`, `podpora-outbox/${second.id}`].sort(),
    );
    for (const { id } of [first, second]) {
      const email = await row(id);
      expect(email.sentAt).toBeInstanceOf(Date);
      expect(email.attempts).toBe(1);
      expect(standIn.emails.map((sent) => sent.id)).toContain(email.providerMessageId);
    }
    expect(await deliverDueEmails({ sender })).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("claims no more emails in one run than its limit", async () => {
    for (const reference of ["AAAA-2222", "BBBB-3333", "CCCC-4444"]) {
      await enqueue("ana@example.com", reference);
    }

    expect(await deliverDueEmails({ sender, limit: 2 })).toEqual({
      sent: 2,
      retried: 0,
      failed: 0,
    });
    expect(await deliverDueEmails({ sender, limit: 2 })).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });
    expect(standIn.emails).toHaveLength(3);
  });

  it("retries after a provider error with backoff, then delivers exactly once", async () => {
    const { id } = await enqueue("ana@example.com");
    standIn.failNext(1);

    const now = new Date();
    expect(await deliverDueEmails({ sender, now })).toEqual({ sent: 0, retried: 1, failed: 0 });
    const failed = await row(id);
    expect(failed).toMatchObject({ attempts: 1, sentAt: null, failedAt: null });
    expect(failed.lastError).toContain("internal_server_error");
    expect(failed.lastError).not.toContain(standIn.apiKey);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    expect(await deliverDueEmails({ sender, now })).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(await deliverDueEmails({ sender, now: later(1) })).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });
    expect(await deliverDueEmails({ sender, now: later(2) })).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
    expect(standIn.emails).toHaveLength(1);
    expect(await row(id)).toMatchObject({ attempts: 2, lastError: null });
  });

  it("fails an email at once when the provider refuses it", async () => {
    const { id } = await enqueue("ana@example.com");
    standIn.failNext(1, { status: 422, name: "validation_error" });

    expect(await deliverDueEmails({ sender })).toEqual({ sent: 0, retried: 0, failed: 1 });
    const email = await row(id);
    expect(email).toMatchObject({ attempts: 1, sentAt: null });
    expect(email.failedAt).toBeInstanceOf(Date);
    expect(email.lastError).toContain("validation_error");
    expect(await deliverDueEmails({ sender, now: later(1) })).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
  });

  it("keeps retrying while the API key is refused, and delivers once it is fixed", async () => {
    const { id } = await enqueue("ana@example.com");
    const wrongKey = createResendSender({
      apiKey: "re_wrong",
      baseUrl: standIn.url,
      timeoutMs: 500,
    });

    expect(await deliverDueEmails({ sender: wrongKey })).toEqual({
      sent: 0,
      retried: 1,
      failed: 0,
    });
    expect(await row(id)).toMatchObject({ failedAt: null, sentAt: null });
    expect(await deliverDueEmails({ sender, now: later(1) })).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });
    expect(standIn.emails).toHaveLength(1);
  });

  it(`gives up after ${maxDeliveryAttempts} failed attempts`, async () => {
    const { id } = await enqueue("ana@example.com");
    standIn.failNext(maxDeliveryAttempts);

    for (let attempt = 1; attempt < maxDeliveryAttempts; attempt += 1) {
      const counts = await deliverDueEmails({ sender, now: later(attempt) });
      expect(counts).toEqual({ sent: 0, retried: 1, failed: 0 });
    }
    const counts = await deliverDueEmails({ sender, now: later(maxDeliveryAttempts) });
    expect(counts).toEqual({ sent: 0, retried: 0, failed: 1 });

    const email = await row(id);
    expect(email).toMatchObject({ attempts: maxDeliveryAttempts, sentAt: null });
    expect(email.failedAt).toBeInstanceOf(Date);
    expect(await deliverDueEmails({ sender, now: later(30) })).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
    expect(standIn.emails).toHaveLength(0);
  });

  it("never sends one email twice from concurrent runs", async () => {
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, i) => enqueue(`person${i}@example.com`, `REF-${i}`)),
    );
    const requestsBefore = standIn.requestCount();

    const runs = await Promise.all(
      Array.from({ length: 4 }, () => deliverDueEmails({ sender, limit: 12 })),
    );

    expect(runs.reduce((total, counts) => total + counts.sent, 0)).toBe(12);
    expect(standIn.requestCount() - requestsBefore).toBe(12);
    expect(new Set(standIn.emails.map((email) => email.to[0])).size).toBe(12);
    for (const { id } of ids) expect(await row(id)).toMatchObject({ attempts: 1 });
  });

  it("sends one email once even when the outcome of a send was lost", async () => {
    const { id } = await enqueue("ana@example.com");
    const forgetful: MailSender = {
      send: async (email) => {
        await sender.send(email);
        throw new Error("the process lost the answer");
      },
    };

    expect(await deliverDueEmails({ sender: forgetful })).toEqual({
      sent: 0,
      retried: 1,
      failed: 0,
    });
    expect(await deliverDueEmails({ sender, now: later(1) })).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });
    expect(standIn.emails).toHaveLength(1);
    expect((await row(id)).providerMessageId).toBe(standIn.emails[0]?.id);
  });

  it("retries when Resend does not answer in time or cannot be reached", async () => {
    const { id } = await enqueue("ana@example.com");
    standIn.hangNext(1);

    expect(await deliverDueEmails({ sender })).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect((await row(id)).lastError).toMatch(/did not answer|Unable to fetch/);

    const unreachable = createResendSender({ apiKey: "re_x", baseUrl: "http://127.0.0.1:9" });
    const counts = await deliverDueEmails({ sender: unreachable, now: later(1) });
    expect(counts).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ attempts: 2, sentAt: null, failedAt: null });
  });

  it("sends nothing when no sender is configured: the email stays for the dev mailbox", async () => {
    const { id } = await enqueue("ana@example.com");
    const requestsBefore = standIn.requestCount();

    expect(await deliverDueEmails()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliverDueEmails({ sender: null })).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(standIn.requestCount()).toBe(requestsBefore);
    expect(await row(id)).toMatchObject({ attempts: 0, sentAt: null, failedAt: null });
  });

  it("fails an email whose stored data no longer renders", async () => {
    const db = await getDb();
    const [email] = await db
      .insert(outbox)
      .values({ id: randomUUID(), recipient: "ana@example.com", template: "gone", data: {} })
      .returning();

    expect(await deliverDueEmails({ sender })).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect((await row(email?.id ?? "")).lastError).toContain('unknown email template "gone"');
  });
});
