import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { banReason } from "@/db/schema";
import { log } from "@/lib/log";
import { recordBan, recordLift } from "./ban-history";
import type { BanLimits, BanReason, BanStore } from "./ban-store";

export interface UpstashOptions {
  url: string;
  token: string;
  keyPrefix: string;
  limits: BanLimits;
  /** Each HTTP request to Upstash is aborted after this long. */
  timeoutMs: number;
}

/**
 * Bans shared by every instance: a key per banned address in Upstash Redis, and the counting
 * windows of @upstash/ratelimit (sliding windows, on Redis's side of the clock). The history
 * of bans is written to Postgres as with the default store.
 */
export function createUpstashBanStore(options: UpstashOptions): BanStore {
  const redis = new Redis({
    url: options.url,
    token: options.token,
    enableTelemetry: false,
    // Without this the client retries an unreachable Redis for seconds before it throws.
    retry: false,
    signal: () => AbortSignal.timeout(options.timeoutMs),
  });
  const limiters = Object.fromEntries(
    banReason.enumValues.map((reason) => {
      const { limit, windowSeconds } = options.limits[reason];
      const limiter = new Ratelimit({
        redis,
        limiter: Ratelimit.slidingWindow(limit, `${windowSeconds} s`),
        prefix: `${options.keyPrefix}:count:${reason}`,
        // An in-process cache of exhausted counts would outlive a lift on other instances.
        ephemeralCache: false,
        // Bounded by the abort signal above and by the callers; never silently let through.
        timeout: 0,
      });
      return [reason, limiter];
    }),
  ) as Record<BanReason, Ratelimit>;
  const banKey = (ip: string) => `${options.keyPrefix}:ban:${ip}`;
  const forgetCounts = (ip: string) =>
    Promise.all(banReason.enumValues.map((reason) => limiters[reason].resetUsedTokens(ip)));

  return {
    kind: "upstash",

    async checkRequest(ip, now) {
      const [until, counted] = await Promise.all([
        redis.get<number>(banKey(ip)),
        limiters.requests.limit(ip),
      ]);
      const ban = until && until > now.getTime() ? { ip, until: new Date(until) } : null;
      return { ban, overLimit: !counted.success };
    },

    async countOffence(ip, reason) {
      return !(await limiters[reason].limit(ip)).success;
    },

    async startBan(ip, reason, now, minutes) {
      const until = new Date(now.getTime() + minutes * 60_000);
      const set = await redis.set(banKey(ip), until.getTime(), { nx: true, pxat: until.getTime() });
      if (set !== "OK") return null;
      // The ban starts the count afresh, so its end is not followed by a ban for old deeds.
      await forgetCounts(ip);
      await recordBan(ip, reason, now, until).catch((error: unknown) => {
        log.error("ban.history_write_failed", error, { ip, reason });
      });
      return { ip, until };
    },

    async lift(ip, by, now) {
      const [deleted] = await Promise.all([redis.del(banKey(ip)), forgetCounts(ip)]);
      const lifted = await recordLift(ip, by, now);
      return Math.max(deleted, lifted);
    },

    async ping() {
      await redis.ping();
    },
  };
}
