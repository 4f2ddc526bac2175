import "server-only";
import { getConfig } from "@/lib/config/config";
import { banKeyFor } from "./ban-key";
import type { ActiveBan, BanReason } from "./ban-store";
import { getBanStore } from "./get-ban-store";
import { logStoreFailure } from "./log-store-failure";
import { startBan } from "./start-ban";
import { withinBound } from "./within-bound";

/**
 * Counts something a client did that can get its address banned (a failed sign-in, a request
 * for an emailed link, a ticket); the one that goes over the limit starts a ban, returned.
 * Bounded like every store call; when the store fails the offence goes uncounted and the
 * failure is logged, so that sign-ins and tickets still work while it is down.
 */
export async function reportOffence(
  reason: BanReason,
  clientIp: string,
  now = new Date(),
): Promise<ActiveBan | null> {
  const ip = banKeyFor(clientIp);
  if (!ip) return null;

  const counted = await withinBound(
    () => getBanStore().countOffence(ip, reason, now),
    getConfig().bans.storeTimeoutMs,
  );
  if (!counted.ok) {
    logStoreFailure("ban.count_failed_open", ip, counted);
    return null;
  }
  return counted.value ? startBan(ip, reason, now) : null;
}
