import "../support/ban-test-env";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { bans } from "@/db/schema";
import { checkRequest } from "@/lib/bans/check-request";
import { getBanStore } from "@/lib/bans/get-ban-store";
import { pruneBanCounters } from "@/lib/bans/prune-ban-counters";
import { reportOffence } from "@/lib/bans/report-offence";
import { badInputCases, failSignIn } from "../support/ban-cases";
import { newIpv4 } from "../support/ban-test-env";
import { triggerCases } from "../support/ban-trigger-cases";

describe("bans in the Postgres store", () => {
  it("is the store chosen when Upstash is not configured", () => {
    expect(getBanStore().kind).toBe("postgres");
  });

  badInputCases();
  triggerCases();

  it("a count whose window has ended starts again from one", async () => {
    const ip = newIpv4();
    const start = new Date();
    for (let count = 1; count <= 5; count++) await reportOffence("sign_in_failures", ip, start);
    const later = new Date(start.getTime() + 16 * 60_000);
    expect(await reportOffence("sign_in_failures", ip, later)).toBeNull();
    expect(await checkRequest(ip, later)).toEqual({ banned: false });

    expect(await pruneBanCounters(new Date(start.getTime() + 25 * 60 * 60_000))).toBeGreaterThan(0);
  });

  it("a store that hangs is given up within BAN_STORE_TIMEOUT_MS, and the request goes ahead", async () => {
    const ip = newIpv4();
    for (let attempt = 1; attempt <= 6; attempt++) await failSignIn(ip);
    expect(await checkRequest(ip)).toMatchObject({ banned: true });

    const db = await getDb();
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = db.transaction(async (tx) => {
      await tx.execute(sql`lock table ${bans} in access exclusive mode`);
      locked();
      await released;
    });
    await isLocked;

    const started = performance.now();
    const verdict = await checkRequest(ip);
    const waited = performance.now() - started;
    release();
    await holder;

    expect(verdict).toEqual({ banned: false });
    expect(waited).toBeGreaterThanOrEqual(290);
    expect(waited).toBeLessThan(800);
    expect(await checkRequest(ip)).toMatchObject({ banned: true });
  });
});
