import "server-only";
import { eq, max, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { banCounters, bans } from "@/db/schema";
import { activeBan } from "./ban-history";
import type { BanLimits, BanReason, BanStore } from "./ban-store";

/**
 * The embedded default: bans and their counting windows in Postgres (or PGlite). A request
 * costs one statement: it counts the request and reads the active ban in the same round trip,
 * through the primary key of `ban_counters` and the partial index `bans_active_idx`.
 */
export function createPostgresBanStore(limits: BanLimits): BanStore {
  async function hit(ip: string, reason: BanReason, now: Date) {
    const windowStart = new Date(now.getTime() - limits[reason].windowSeconds * 1000);
    const current = sql`${banCounters.windowStartedAt} > ${windowStart.toISOString()}`;
    const until = sql`(select ${max(bans.until)} from ${bans} where ${activeBan(ip, now)})`;
    const db = await getDb();
    const [row] = await db
      .insert(banCounters)
      .values({ ip, reason, windowStartedAt: now, hits: 1 })
      .onConflictDoUpdate({
        target: [banCounters.ip, banCounters.reason],
        set: {
          hits: sql`case when ${current} then ${banCounters.hits} + 1 else 1 end`,
          windowStartedAt: sql`case when ${current} then ${banCounters.windowStartedAt}
            else excluded.window_started_at end`,
        },
      })
      .returning({ hits: banCounters.hits, until: until.mapWith(bans.until) });
    if (!row) throw new Error("Upsert of a ban counter returned no row");
    return { overLimit: row.hits > limits[reason].limit, until: row.until as Date | null };
  }

  return {
    kind: "postgres",

    async checkRequest(ip, now) {
      const { overLimit, until } = await hit(ip, "requests", now);
      return { ban: until ? { ip, until } : null, overLimit };
    },

    async countOffence(ip, reason, now) {
      return (await hit(ip, reason, now)).overLimit;
    },

    async startBan(ip, reason, now, minutes) {
      const until = new Date(now.getTime() + minutes * 60_000);
      const db = await getDb();
      return db.transaction(async (tx) => {
        const [existing] = await tx
          .select({ id: bans.id })
          .from(bans)
          .where(activeBan(ip, now))
          .limit(1);
        if (existing) return null;
        // The ban starts the count afresh, so its end is not followed by a ban for old deeds.
        await tx.delete(banCounters).where(eq(banCounters.ip, ip));
        await tx.insert(bans).values({ ip, reason, startedAt: now, until });
        return { ip, until };
      });
    },

    async lift(ip, by, now) {
      const db = await getDb();
      return db.transaction(async (tx) => {
        await tx.delete(banCounters).where(eq(banCounters.ip, ip));
        const lifted = await tx
          .update(bans)
          .set({ liftedAt: now, liftedBy: by })
          .where(activeBan(ip, now))
          .returning({ id: bans.id });
        return lifted.length;
      });
    },

    async ping() {
      const db = await getDb();
      await db.select({ ip: banCounters.ip }).from(banCounters).limit(1);
    },
  };
}
