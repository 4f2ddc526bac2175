import "server-only";
import { getConfig } from "@/lib/config/config";
import { log } from "@/lib/log";
import { deliverDueEmails } from "./deliver-outbox";

const intervalMs = 5_000;

interface SenderLoop {
  interval?: NodeJS.Timeout;
  running?: Promise<void>;
  queued?: Promise<void>;
}

// On globalThis so that hot reloading in development never starts a second loop.
const holder = globalThis as typeof globalThis & { podporaOutboxSender?: SenderLoop };

function loop(): SenderLoop {
  holder.podporaOutboxSender ??= {};
  return holder.podporaOutboxSender;
}

async function deliverOnce() {
  try {
    const counts = await deliverDueEmails();
    if (counts.sent + counts.retried + counts.failed > 0)
      log.info("outbox.delivered", { ...counts });
  } catch (error) {
    log.error("outbox.delivery_run_failed", error);
  }
}

/** Starts a run now, or right after the current one, so runs never overlap. Never rejects. */
function runSoon(state: SenderLoop): Promise<void> {
  if (!state.running) {
    state.running = deliverOnce().finally(() => {
      state.running = undefined;
    });
    return state.running;
  }
  state.queued ??= state.running.then(() => {
    state.queued = undefined;
    return runSoon(state);
  });
  return state.queued;
}

/**
 * Delivers the outbox every few seconds while the process lives, when Resend is configured and
 * OUTBOX_SENDER is not off (a serverless host freezes the process between requests; there the
 * cron route delivers). Calling it again keeps the one loop running. Returns a function that
 * stops it.
 */
export function startOutboxSender(): () => void {
  const state = loop();
  const stop = () => {
    clearInterval(state.interval);
    state.interval = undefined;
  };
  const { resendApiKey, outboxLoop } = getConfig().mail;
  if (!resendApiKey || !outboxLoop || state.interval) return stop;

  state.interval = setInterval(() => {
    if (!state.running) void runSoon(state);
  }, intervalMs);
  state.interval.unref();
  log.info("outbox.sender_started", { intervalMs });
  return stop;
}

/**
 * Delivers due emails now instead of at the next tick, e.g. right after a ticket is submitted.
 * The promise settles when that run ends (hand it to `after()`); it never rejects.
 */
export function kickOutboxSender(): Promise<void> {
  if (!getConfig().mail.resendApiKey) return Promise.resolve();
  return runSoon(loop());
}

/**
 * Stops the loop and waits for a run in progress (and one queued behind it) to end, so that
 * the database can be closed after it without cutting a delivery in half. Never rejects.
 */
export async function stopOutboxSender(): Promise<void> {
  const state = loop();
  clearInterval(state.interval);
  state.interval = undefined;
  await (state.queued ?? state.running);
}
