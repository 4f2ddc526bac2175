import "server-only";
import { and, asc, desc, eq, gt, isNotNull, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type OutboxEmail, outbox } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { adminOnly } from "./agent-only";

const listLength = 100;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface UndeliveredEmail {
  id: string;
  recipient: string;
  /** What the email is, in words: "Ticket confirmation". */
  kind: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  /** When it failed for good, or when the next attempt is due. */
  at: Date;
}

function toUndelivered(email: OutboxEmail, at: Date): UndeliveredEmail {
  const words = email.template.replaceAll("_", " ");
  return {
    id: email.id,
    recipient: email.recipient,
    kind: words.charAt(0).toUpperCase() + words.slice(1),
    attempts: email.attempts,
    lastError: email.lastError,
    createdAt: email.createdAt,
    at,
  };
}

/**
 * The Email delivery screen, for admins: emails that failed for good, newest first, and emails
 * that failed at least once and wait for their next attempt, soonest first.
 */
export async function listEmailDelivery(actor: Actor) {
  adminOnly(actor);
  const db = await getDb();
  const unsent = isNull(outbox.sentAt);
  const [failed, waiting] = await Promise.all([
    db
      .select()
      .from(outbox)
      .where(and(unsent, isNotNull(outbox.failedAt)))
      .orderBy(desc(outbox.failedAt), desc(outbox.id))
      .limit(listLength),
    db
      .select()
      .from(outbox)
      .where(and(unsent, isNull(outbox.failedAt), gt(outbox.attempts, 0)))
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
      .limit(listLength),
  ]);
  return {
    failed: failed.map((email) => toUndelivered(email, email.failedAt ?? email.createdAt)),
    waiting: waiting.map((email) => toUndelivered(email, email.nextAttemptAt)),
  };
}

/**
 * An admin sends a failed email again: it is due at once with a fresh count of attempts. It
 * keeps its outbox id, so Resend's idempotency key still stops a second copy of a send that
 * had in fact gone through (Resend keeps keys for 24 hours).
 */
export async function retryFailedEmail(actor: Actor, emailId: string): Promise<{ id: string }> {
  const admin = adminOnly(actor);
  const gone = new AppError(
    "not_found",
    `outbox email ${emailId} is not a failed email`,
    "This email is no longer in the list of failed emails. Reload the page to see where it is.",
  );
  if (!uuidPattern.test(emailId)) throw gone;

  const db = await getDb();
  const [row] = await db
    .update(outbox)
    .set({ failedAt: null, attempts: 0, nextAttemptAt: new Date() })
    .where(and(eq(outbox.id, emailId), isNotNull(outbox.failedAt), isNull(outbox.sentAt)))
    .returning({ id: outbox.id });
  if (!row) throw gone;

  log.info("outbox.retry_requested", { outboxId: row.id, userId: admin.userId });
  return row;
}
