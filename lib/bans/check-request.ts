import "server-only";
import { getConfig } from "@/lib/config/config";
import { banKeyFor } from "./ban-key";
import { getBanStore } from "./get-ban-store";
import { logStoreFailure } from "./log-store-failure";
import { startBan } from "./start-ban";
import { withinBound } from "./within-bound";

export type RequestVerdict = { banned: false } | { banned: true; ip: string; until: Date };

/**
 * What proxy.ts asks of every request: is its client banned? The request also counts toward
 * the flood limit, and the one that goes over it starts a ban and is refused.
 *
 * Fails open: when the store errs or takes longer than BAN_STORE_TIMEOUT_MS the request is
 * let through and the failure logged, because a ban store outage must not take the portal
 * down for everyone. An address that could not be read ("unknown") is never banned, since
 * every such client would share that one ban.
 */
export async function checkRequest(clientIp: string, now = new Date()): Promise<RequestVerdict> {
  const ip = banKeyFor(clientIp);
  if (!ip) return { banned: false };

  const checked = await withinBound(
    () => getBanStore().checkRequest(ip, now),
    getConfig().bans.storeTimeoutMs,
  );
  if (!checked.ok) {
    logStoreFailure("ban.check_failed_open", ip, checked);
    return { banned: false };
  }

  const { ban, overLimit } = checked.value;
  if (ban) return { banned: true, ip, until: ban.until };
  if (!overLimit) return { banned: false };
  const started = await startBan(ip, "requests", now);
  return started ? { banned: true, ip, until: started.until } : { banned: false };
}
