import "server-only";
import { desc, gt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { bans } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { type LiftedBan, liftBan } from "@/lib/bans/lift-ban";
import { agentOnly } from "./agent-only";

const historyLength = 100;

/**
 * The Blocked IPs screen: the bans in force now, and the latest bans of the history with when
 * and by whom each was lifted. Every ban is in the `bans` table whichever store counts them.
 */
export async function listBlockedIps(actor: Actor, now = new Date()) {
  agentOnly(actor);
  const db = await getDb();
  const [current, history] = await Promise.all([
    db.select().from(bans).where(gt(bans.until, now)).orderBy(desc(bans.startedAt)),
    db.select().from(bans).orderBy(desc(bans.startedAt), desc(bans.id)).limit(historyLength),
  ]);
  return {
    current: current.filter((ban) => ban.liftedAt === null),
    history,
  };
}

/** An agent lifts a ban; the history names them. */
export async function liftBlockedIp(actor: Actor, address: string): Promise<LiftedBan> {
  const agent = agentOnly(actor);
  return liftBan(address, `staff:${agent.email}`);
}
