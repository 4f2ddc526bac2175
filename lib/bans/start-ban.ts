import "server-only";
import { getConfig } from "@/lib/config/config";
import { log } from "@/lib/log";
import type { ActiveBan, BanReason } from "./ban-store";
import { getBanStore } from "./get-ban-store";
import { withinBound } from "./within-bound";

/**
 * Bans `ip` (a ban key) for BAN_MINUTES from `now`, unless it is banned already. Null when
 * nothing was started: already banned, or the store did not answer in time (logged).
 */
export async function startBan(
  ip: string,
  reason: BanReason,
  now: Date,
): Promise<ActiveBan | null> {
  const { minutes, storeTimeoutMs } = getConfig().bans;
  // Logged when the store is done, even if that is after the caller stopped waiting.
  const work = async () => {
    const store = getBanStore();
    const ban = await store.startBan(ip, reason, now, minutes);
    if (ban) {
      log.warn("ban.started", { ip, reason, until: ban.until.toISOString(), store: store.kind });
    }
    return ban;
  };
  const started = await withinBound(work, storeTimeoutMs);
  if (started.ok) return started.value;
  if (started.reason === "timeout") log.warn("ban.start_failed", { ip, reason, cause: "timeout" });
  else log.error("ban.start_failed", started.error, { ip, reason });
  return null;
}
