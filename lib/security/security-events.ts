import "server-only";
import { and, count, eq, gt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type BanReason, securityEvents } from "@/db/schema";
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

/** Records what a client did, for limits now, and reports it toward an automatic ban. */
export async function recordSecurityEvent(kind: SecurityEventKind, ip: string, email?: string) {
  const db = await getDb();
  await db.insert(securityEvents).values({ kind, ip, email });
  if (kind.endsWith("_failed")) log.warn(`security.${kind}`, { ip });
  await reportOffence(banReasonFor[kind], ip);
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
        who.ip === undefined ? undefined : eq(securityEvents.ip, who.ip),
        who.email === undefined ? undefined : eq(securityEvents.email, who.email),
        gt(securityEvents.createdAt, since),
      ),
    );
  return row?.total ?? 0;
}
