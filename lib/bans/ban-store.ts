import "server-only";
import type { BanReason } from "@/db/schema";

export type { BanReason };

export interface ActiveBan {
  /** The banned key: an IPv4 address or an IPv6 /64 (see ban-key.ts). */
  ip: string;
  until: Date;
}

export interface BanLimit {
  /** How many times something may happen from one key in a window; one more starts a ban. */
  limit: number;
  windowSeconds: number;
}

export type BanLimits = Record<BanReason, BanLimit>;

/**
 * Where bans and the counts behind them live: the Postgres tables, or Upstash Redis. Every
 * method takes `now`, so that tests move the clock instead of waiting. The history of bans is
 * kept in Postgres whichever store counts. Callers bound each call (within-bound.ts).
 */
export interface BanStore {
  readonly kind: "postgres" | "upstash";
  /** The ban on `ip` at `now`, and whether this request is one too many for the flood limit. */
  checkRequest(ip: string, now: Date): Promise<{ ban: ActiveBan | null; overLimit: boolean }>;
  /** Counts one offence of this kind; true when it is one more than the limit allows. */
  countOffence(ip: string, reason: BanReason, now: Date): Promise<boolean>;
  /** Bans `ip` from `now` for `minutes` unless a ban is active; null when one already was. */
  startBan(ip: string, reason: BanReason, now: Date, minutes: number): Promise<ActiveBan | null>;
  /** Ends the active bans on `ip` and forgets its counts; how many bans it ended. */
  lift(ip: string, by: string, now: Date): Promise<number>;
  /** Resolves when the store answers a trivial read (for the health check); else rejects. */
  ping(): Promise<void>;
}
