import "server-only";
import { getConfig } from "@/lib/config/config";
import type { BanLimits, BanStore } from "./ban-store";
import { createPostgresBanStore } from "./postgres-ban-store";
import { createUpstashBanStore } from "./upstash-ban-store";

let store: BanStore | undefined;

/** Upstash when UPSTASH_REDIS_REST_URL and _TOKEN are set, else the Postgres tables. */
export function getBanStore(): BanStore {
  if (store) return store;
  const { bans } = getConfig();
  const limits: BanLimits = bans.limits;
  store = bans.upstash
    ? createUpstashBanStore({ ...bans.upstash, limits, timeoutMs: bans.storeTimeoutMs })
    : createPostgresBanStore(limits);
  return store;
}
