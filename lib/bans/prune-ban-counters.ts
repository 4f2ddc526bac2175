import "server-only";
import { lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { banCounters } from "@/db/schema";
import { getConfig } from "@/lib/config/config";
import { log } from "@/lib/log";

const intervalMs = 10 * 60_000;

/**
 * Deletes the Postgres store's counts whose window has ended: every address that ever made a
 * request has a row, and an ended window counts from one again anyway. Returns how many.
 */
export async function pruneBanCounters(now = new Date()): Promise<number> {
  const longest = Math.max(...Object.values(getConfig().bans.limits).map((l) => l.windowSeconds));
  const db = await getDb();
  const pruned = await db
    .delete(banCounters)
    .where(lt(banCounters.windowStartedAt, new Date(now.getTime() - longest * 1000)))
    .returning({ ip: banCounters.ip });
  return pruned.length;
}

// On globalThis so that hot reloading in development never starts a second timer.
const holder = globalThis as typeof globalThis & { podporaBanCounterPruning?: NodeJS.Timeout };

/** Prunes every ten minutes while the process lives, when the Postgres store counts. */
export function startBanCounterPruning() {
  if (getConfig().bans.upstash || holder.podporaBanCounterPruning) return;
  holder.podporaBanCounterPruning = setInterval(() => {
    pruneBanCounters().then(
      (pruned) => pruned > 0 && log.info("ban.counters_pruned", { pruned }),
      (error: unknown) => log.error("ban.counter_pruning_failed", error),
    );
  }, intervalMs);
  holder.podporaBanCounterPruning.unref();
}

export function stopBanCounterPruning() {
  clearInterval(holder.podporaBanCounterPruning);
  holder.podporaBanCounterPruning = undefined;
}
