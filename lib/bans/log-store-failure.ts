import "server-only";
import { log } from "@/lib/log";
import type { Bounded } from "./within-bound";

const quietMs = 10_000;
let lastLoggedAt = 0;
let unlogged = 0;

/**
 * Logs that the ban store did not answer and the request went ahead without it (fail open).
 * While the store is down every request would log this, so after one line it stays quiet for
 * ten seconds and then says how many it skipped.
 */
export function logStoreFailure(
  event: "ban.check_failed_open" | "ban.count_failed_open",
  ip: string,
  failure: Exclude<Bounded<unknown>, { ok: true }>,
  now = Date.now(),
) {
  if (now - lastLoggedAt < quietMs) {
    unlogged += 1;
    return;
  }
  const fields = { ip, cause: failure.reason, alsoFailedSinceLastLine: unlogged };
  lastLoggedAt = now;
  unlogged = 0;
  if (failure.reason === "error") log.error(event, failure.error, fields);
  else log.warn(event, fields);
}
