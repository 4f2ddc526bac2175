import "server-only";
import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import { type Database, getDb } from "@/db/client";
import { type OutboxEmail, outbox } from "@/db/schema";
import { getConfig } from "@/lib/config/config";
import { log } from "@/lib/log";
import { renderOutboxEmail } from "./render-outbox-email";
import { getConfiguredSender, type MailSender, type SendResult } from "./resend-sender";
import { type RenderedEmail, TemplateError } from "./templates/registry";

/** After this many failed attempts an email is marked failed and never tried again. */
export const maxDeliveryAttempts = 8;
/** How long a claimed email is hidden from other runs; far longer than one batch can take. */
const leaseMs = 5 * 60_000;
const firstRetryDelayMs = 60_000;
const longestRetryDelayMs = 60 * 60_000;

export interface DeliveryCounts {
  sent: number;
  retried: number;
  failed: number;
}

export interface DeliverOptions {
  now?: Date;
  /** Defaults to the configured sender; with none (or null), nothing is sent. */
  sender?: MailSender | null;
  limit?: number;
}

type Outcome = keyof DeliveryCounts;

/**
 * How long to wait before the next attempt: doubling from a minute up to an hour, and never
 * sooner than the provider asked for (a 429's `retry-after`), up to that same hour.
 */
export function retryDelayMs(attempts: number, providerAskedMs = 0): number {
  const backoff = firstRetryDelayMs * 2 ** Math.max(attempts - 1, 0);
  return Math.min(Math.max(backoff, providerAskedMs), longestRetryDelayMs);
}

/**
 * Claims due emails in one statement: the attempt is counted and the email leased before it is
 * sent, so concurrent runs, in this process or another instance, never take the same email.
 * `= any(array(…))` makes the locking subquery an init plan that runs once; as `in (…)` the
 * planner may run it again for every row, skipping the rows it just locked, past the limit.
 */
async function claimDueEmails(db: Database, now: Date, limit: number): Promise<OutboxEmail[]> {
  const due = and(isNull(outbox.sentAt), isNull(outbox.failedAt), lte(outbox.nextAttemptAt, now));
  const candidates = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(due)
    .orderBy(asc(outbox.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });

  return db
    .update(outbox)
    .set({
      attempts: sql`${outbox.attempts} + 1`,
      nextAttemptAt: new Date(now.getTime() + leaseMs),
    })
    .where(and(sql`${outbox.id} = any(array(${candidates}))`, due))
    .returning();
}

async function send(sender: MailSender, email: OutboxEmail): Promise<SendResult> {
  let rendered: RenderedEmail;
  try {
    rendered = renderOutboxEmail(email);
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, permanent: true, error: error.message };
    log.error("outbox.render_failed", error, { outboxId: email.id, template: email.template });
    return { ok: false, permanent: true, error: "the email could not be rendered" };
  }

  try {
    const from = getConfig().mail.from;
    return await sender.send({ id: email.id, to: email.recipient, from, ...rendered });
  } catch (error) {
    log.error("outbox.sender_threw", error, { outboxId: email.id });
    return { ok: false, permanent: false, error: "the mail sender failed unexpectedly" };
  }
}

async function recordResult(
  db: Database,
  email: OutboxEmail,
  result: SendResult,
  now: Date,
): Promise<Outcome> {
  const fields = { outboxId: email.id, template: email.template, attempts: email.attempts };
  if (result.ok) {
    await db
      .update(outbox)
      .set({ sentAt: now, providerMessageId: result.providerMessageId, lastError: null })
      .where(and(eq(outbox.id, email.id), isNull(outbox.sentAt)));
    log.info("outbox.sent", { ...fields, providerMessageId: result.providerMessageId });
    return "sent";
  }

  const final = result.permanent || email.attempts >= maxDeliveryAttempts;
  const change = final
    ? { failedAt: now, lastError: result.error }
    : {
        lastError: result.error,
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(email.attempts, result.retryAfterMs)),
      };
  // Only the run holding this attempt's lease may record its failure.
  await db
    .update(outbox)
    .set(change)
    .where(
      and(eq(outbox.id, email.id), eq(outbox.attempts, email.attempts), isNull(outbox.sentAt)),
    );
  log.warn(final ? "outbox.failed" : "outbox.retry_scheduled", {
    ...fields,
    permanent: result.permanent,
    error: result.error,
  });
  return final ? "failed" : "retried";
}

/**
 * Hands back claimed emails that were never sent, uncounted, due when the provider will take
 * them again: after a 429 the rest of the batch would only be refused too.
 */
async function releaseClaims(db: Database, emails: OutboxEmail[], dueAt: Date) {
  for (const email of emails) {
    await db
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} - 1`, nextAttemptAt: dueAt })
      .where(
        and(eq(outbox.id, email.id), eq(outbox.attempts, email.attempts), isNull(outbox.sentAt)),
      );
  }
}

/**
 * Sends the emails that are due, one batch, and records each outcome in the outbox. When the
 * provider asks to wait (a 429 with `retry-after`), the batch stops and the rest waits as long.
 */
export async function deliverDueEmails(options: DeliverOptions = {}): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, retried: 0, failed: 0 };
  const sender = options.sender === undefined ? getConfiguredSender() : options.sender;
  if (!sender) return counts;
  const now = options.now ?? new Date();
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 10), 1), 100);
  const db = await getDb();

  const claimed = await claimDueEmails(db, now, limit);

  for (const [index, email] of claimed.entries()) {
    const result = await send(sender, email);
    counts[await recordResult(db, email, result, now)] += 1;
    if (!result.ok && result.retryAfterMs !== undefined) {
      const dueAt = new Date(now.getTime() + Math.min(result.retryAfterMs, longestRetryDelayMs));
      await releaseClaims(db, claimed.slice(index + 1), dueAt);
      break;
    }
  }
  return counts;
}
