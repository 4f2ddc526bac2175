import "server-only";
import { and, inArray, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { uploadedFiles } from "@/db/schema";
import { log } from "@/lib/log";
import { uploadThingApi, usesUploadThing } from "./uploadthing-settings";

/** How long an upload waits for a message to claim it before it is deleted. */
export const unclaimedUploadLifetimeMs = 24 * 60 * 60_000;

const intervalMs = 60 * 60_000;
const batchSize = 100;

/**
 * Deletes uploads no message claimed within their lifetime (a guest closed the tab, or someone
 * uploads without ever sending): first the files at UploadThing, batch by batch, then the rows
 * of each batch UploadThing confirmed, so that a failed call leaves its rows for the next run.
 * Returns how many it deleted. A failed UploadThing call is logged, not thrown.
 */
export async function pruneUnclaimedUploads(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - unclaimedUploadLifetimeMs);
  const db = await getDb();
  const unclaimed = and(
    isNull(uploadedFiles.claimedByMessageId),
    lt(uploadedFiles.createdAt, cutoff),
  );
  // Handing the rows to an uploader nobody is, in one statement with the condition, is what
  // keeps a message from claiming a file while it is deleted at UploadThing: a claim in flight
  // either commits first (and the row no longer matches) or waits and then finds no file of its
  // uploader. No transaction stays open across the call to UploadThing, which with PGlite would
  // hold up every other query.
  const disowned = await db
    .update(uploadedFiles)
    .set({ uploaderId: null, uploadSessionId: sql`gen_random_uuid()` })
    .where(unclaimed)
    .returning({ storageKey: uploadedFiles.storageKey });
  const keys = disowned.map((row) => row.storageKey);

  let deleted = 0;
  for (let start = 0; start < keys.length; start += batchSize) {
    const batch = keys.slice(start, start + batchSize);
    try {
      await uploadThingApi().deleteFiles(batch);
    } catch (error) {
      log.error("upload.pruning_failed", error, { deleted, pending: keys.length - start });
      break;
    }
    const rows = await db
      .delete(uploadedFiles)
      .where(and(inArray(uploadedFiles.storageKey, batch), unclaimed))
      .returning({ id: uploadedFiles.id });
    deleted += rows.length;
  }
  return deleted;
}

interface Pruning {
  interval?: NodeJS.Timeout;
  running?: boolean;
}

// On globalThis so that hot reloading in development never starts a second timer.
const holder = globalThis as typeof globalThis & { podporaUploadPruning?: Pruning };

/**
 * Prunes every hour while the process lives, when attachments go to UploadThing. A run still
 * waiting for UploadThing when the next is due is not joined by a second one.
 */
export function startUploadPruning() {
  if (!usesUploadThing() || holder.podporaUploadPruning?.interval) return;
  const state: Pruning = {};
  state.interval = setInterval(() => {
    if (state.running) return;
    state.running = true;
    pruneUnclaimedUploads()
      .then(
        (pruned) => pruned > 0 && log.info("upload.unclaimed_pruned", { pruned }),
        (error: unknown) => log.error("upload.pruning_run_failed", error),
      )
      .finally(() => {
        state.running = false;
      });
  }, intervalMs);
  state.interval.unref();
  holder.podporaUploadPruning = state;
}

export function stopUploadPruning() {
  clearInterval(holder.podporaUploadPruning?.interval);
  holder.podporaUploadPruning = undefined;
}
