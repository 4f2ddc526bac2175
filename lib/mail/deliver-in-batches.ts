import "server-only";
import { type DeliveryCounts, deliverDueEmails } from "./deliver-outbox";
import type { MailSender } from "./resend-sender";

export interface BatchedDeliveryCounts extends DeliveryCounts {
  batches: number;
}

export interface BatchOptions {
  sender: MailSender;
  /** No batch starts after this long; one already started finishes. */
  budgetMs?: number;
  maxBatches?: number;
  batchSize?: number;
}

/**
 * Delivers due emails batch after batch, for a scheduler's call on hosts that keep no process
 * running: it stops when a batch finds fewer emails than it could take, after `maxBatches`, or
 * when the time budget is spent, so the call ends well within a serverless function's limit.
 */
export async function deliverInBatches({
  sender,
  budgetMs = 25_000,
  maxBatches = 5,
  batchSize = 10,
}: BatchOptions): Promise<BatchedDeliveryCounts> {
  const started = Date.now();
  const total: BatchedDeliveryCounts = { sent: 0, retried: 0, failed: 0, batches: 0 };

  while (total.batches < maxBatches && Date.now() - started < budgetMs) {
    const counts = await deliverDueEmails({ sender, limit: batchSize });
    total.batches += 1;
    total.sent += counts.sent;
    total.retried += counts.retried;
    total.failed += counts.failed;
    if (counts.sent + counts.retried + counts.failed < batchSize) break;
  }
  return total;
}
