import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { getBanStore } from "@/lib/bans/get-ban-store";
import { withinBound } from "@/lib/bans/within-bound";
import { getConfig } from "@/lib/config/config";
import { log } from "@/lib/log";

/** A hung database or Upstash must not hang the load balancer's probe: each check waits this long. */
export const healthCheckTimeoutMs = 2_000;

export type Reachability = "up" | "down" | "timeout";

/**
 * What `/api/health` answers. Only kinds and states: no hostnames, addresses or error texts,
 * since anyone may ask. The reasons go to the log.
 */
export interface HealthReport {
  /** ok: all is well; degraded: serving, but something needs an operator; down: not serving. */
  status: "ok" | "degraded" | "down";
  database: { kind: "postgres" | "pglite"; state: Reachability };
  banStore: { kind: "postgres" | "upstash"; state: Reachability };
}

async function reach(
  check: "database" | "ban_store",
  work: () => Promise<unknown>,
): Promise<Reachability> {
  const outcome = await withinBound(work, healthCheckTimeoutMs);
  if (outcome.ok) return "up";
  if (outcome.reason === "timeout") {
    log.warn("health.check_timed_out", { check, timeoutMs: healthCheckTimeoutMs });
    return "timeout";
  }
  log.error("health.check_failed", outcome.error, { check });
  return "down";
}

/**
 * Asks the database and the ban store for a trivial read, at the same time and each within
 * two seconds, and reads how mail is sent. Without the database nothing works (down); without
 * the ban store requests go ahead unchecked (degraded); no mail sender means no sign-in links
 * (degraded). Which sender is not said: that the dev mailbox is on is no one else's business.
 */
export async function checkHealth(): Promise<HealthReport> {
  const config = getConfig();
  const [database, banStore] = await Promise.all([
    reach("database", async () => (await getDb()).execute(sql`select 1`)),
    reach("ban_store", () => getBanStore().ping()),
  ]);
  const canSendMail = Boolean(config.mail.resendApiKey) || config.mail.devMailbox;

  let status: HealthReport["status"] = "ok";
  if (database !== "up") status = "down";
  else if (banStore !== "up" || !canSendMail) status = "degraded";
  return {
    status,
    database: { kind: config.database.kind, state: database },
    banStore: { kind: config.bans.upstash ? "upstash" : "postgres", state: banStore },
  };
}
