import "server-only";
import { and, count, eq, gt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type BanReason, securityEvents } from "@/db/schema";
import { banKeyFor } from "@/lib/bans/ban-key";
import type { ActiveBan } from "@/lib/bans/ban-store";
import { reportOffence } from "@/lib/bans/report-offence";
import { log } from "@/lib/log";

export type SecurityEventKind = (typeof securityEvents.$inferInsert)["kind"];

/** Which automatic ban each kind of event counts toward. */
const banReasonFor: Record<SecurityEventKind, BanReason> = {
  sign_in_failed: "sign_in_failures",
  link_failed: "sign_in_failures",
  link_requested: "link_requests",
  registration_requested: "link_requests",
};

/**
 * Events are kept and counted under the key bans use (an IPv6 client is its /64), so a client
 * picking new addresses inside its network is one client for the limits as for the bans. An
 * address that cannot be read is kept as it came.
 */
const clientKey = (ip: string) => banKeyFor(ip) ?? ip;

/**
 * Records what a client did, for limits now, and reports it toward an automatic ban. Returns
 * the event's id, and the ban when this event started one.
 */
export async function recordSecurityEvent(
  kind: SecurityEventKind,
  ip: string,
  email?: string,
): Promise<{ eventId: string; ban: ActiveBan | null }> {
  const db = await getDb();
  const [event] = await db
    .insert(securityEvents)
    .values({ kind, ip: clientKey(ip), email })
    .returning({ id: securityEvents.id });
  if (!event) throw new Error("Insert of a security event returned no row");
  if (kind.endsWith("_failed")) log.warn(`security.${kind}`, { ip });
  const ban = await reportOffence(banReasonFor[kind], ip);
  return { eventId: event.id, ban };
}

/** Keeps an event against the client that caused it only, no longer against its email address. */
export async function detachEventFromEmail(id: string) {
  const db = await getDb();
  await db.update(securityEvents).set({ email: null }).where(eq(securityEvents.id, id));
}

/** How many events of `kind` came from this IP address, or for this email address, lately. */
export async function countRecentEvents(
  kind: SecurityEventKind,
  who: { ip?: string; email?: string },
  windowMinutes: number,
): Promise<number> {
  const db = await getDb();
  const since = new Date(Date.now() - windowMinutes * 60_000);
  const [row] = await db
    .select({ total: count() })
    .from(securityEvents)
    .where(
      and(
        eq(securityEvents.kind, kind),
        who.ip === undefined ? undefined : eq(securityEvents.ip, clientKey(who.ip)),
        who.email === undefined ? undefined : eq(securityEvents.email, who.email),
        gt(securityEvents.createdAt, since),
      ),
    );
  return row?.total ?? 0;
}
