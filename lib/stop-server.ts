import "server-only";
import { closeDb } from "@/db/client";
import { stopBanCounterPruning } from "@/lib/bans/prune-ban-counters";
import { stopUploadPruning } from "@/lib/files/prune-unclaimed-uploads";
import { log } from "@/lib/log";
import { stopOutboxSender } from "@/lib/mail/start-outbox-sender";

// lib/http/graceful-shutdown.mjs finds the stop under this global key: server.mjs runs outside
// Next.js's bundle and cannot import this module.
const stopApplicationKey = Symbol.for("podpora.stop-application");

/**
 * Stops what startServer started, once the HTTP server has stopped: the ban counters' and the
 * unclaimed uploads' pruning, the outbox sender after its delivery run in progress, and last
 * the database (PGlite writes its data folder out and gives up its lock).
 */
export async function stopServer(): Promise<void> {
  stopBanCounterPruning();
  stopUploadPruning();
  await stopOutboxSender();
  await closeDb();
  log.info("server.database_closed");
}

/** Lets server.mjs call stopServer on SIGTERM or SIGINT. */
export function registerStopServer() {
  (globalThis as Record<symbol, unknown>)[stopApplicationKey] = stopServer;
}
