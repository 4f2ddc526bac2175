import "../support/ban-test-env";
import { describe, expect, it } from "vitest";
import { checkRequest } from "@/lib/bans/check-request";
import { getBanStore } from "@/lib/bans/get-ban-store";
import { liftBan } from "@/lib/bans/lift-ban";
import { reportOffence } from "@/lib/bans/report-offence";
import { badInputCases, failSignIn } from "../support/ban-cases";
import { newIpv4 } from "../support/ban-test-env";
import { triggerCases } from "../support/ban-trigger-cases";
import { upstash } from "../support/upstash-test-env";

describe("bans in Upstash Redis, through the real clients and a local stand-in", () => {
  it("is the store chosen when UPSTASH_REDIS_REST_URL and _TOKEN are set", () => {
    expect(getBanStore().kind).toBe("upstash");
  });

  badInputCases();
  triggerCases();

  it("a store that hangs is given up within BAN_STORE_TIMEOUT_MS, and the request goes ahead", async () => {
    const ip = newIpv4();
    for (let attempt = 1; attempt <= 6; attempt++) await failSignIn(ip);
    expect(await checkRequest(ip)).toMatchObject({ banned: true });

    upstash.hang(true);
    try {
      const started = performance.now();
      const verdict = await checkRequest(ip);
      const waited = performance.now() - started;
      expect(verdict).toEqual({ banned: false });
      expect(waited).toBeGreaterThanOrEqual(290);
      expect(waited).toBeLessThan(800);

      const offenceStarted = performance.now();
      expect(await reportOffence("sign_in_failures", newIpv4())).toBeNull();
      expect(performance.now() - offenceStarted).toBeLessThan(800);
      await expect(liftBan(ip, "test:agent")).rejects.toMatchObject({ code: "unavailable" });
    } finally {
      upstash.hang(false);
    }
    expect(await checkRequest(ip)).toMatchObject({ banned: true });
  });
});
