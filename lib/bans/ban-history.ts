import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Ban, type BanReason, bans } from "@/db/schema";

/** The bans on `ip` that are in force at `now`. */
export const activeBan = (ip: string, now: Date) =>
  and(eq(bans.ip, ip), isNull(bans.liftedAt), gt(bans.until, now));

/** Writes a ban into the history. */
export async function recordBan(ip: string, reason: BanReason, startedAt: Date, until: Date) {
  const db = await getDb();
  await db.insert(bans).values({ ip, reason, startedAt, until });
}

/** Marks the active bans on `ip` as lifted by `by`; returns how many there were. */
export async function recordLift(ip: string, by: string, now: Date): Promise<number> {
  const db = await getDb();
  const lifted = await db
    .update(bans)
    .set({ liftedAt: now, liftedBy: by })
    .where(activeBan(ip, now))
    .returning({ id: bans.id });
  return lifted.length;
}

/** The bans on `ip`, newest first, for people who need to see why an address was blocked. */
export async function banHistory(ip: string): Promise<Ban[]> {
  const db = await getDb();
  return db.select().from(bans).where(eq(bans.ip, ip)).orderBy(desc(bans.startedAt));
}
