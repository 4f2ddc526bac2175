import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { startResendStandIn } from "../support/resend-stand-in";
import { upstash } from "../support/upstash-test-env";

const resend = await startResendStandIn();
process.env.RESEND_API_KEY = resend.apiKey;
process.env.RESEND_BASE_URL = resend.url;
afterAll(() => resend.close());

describe("GET /api/health with bans in Upstash and mail through Resend", () => {
  it("reports the ban store as configured, and Upstash as reachable", async () => {
    const response = await GET();

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      banStore: { kind: "upstash", state: "up" },
    });
  });

  it("stays 200 but says degraded while Upstash hangs, and answers within its bound", async () => {
    upstash.hang(true);
    try {
      const started = performance.now();
      const response = await GET();

      expect(performance.now() - started).toBeLessThan(2_500);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        status: "degraded",
        database: { state: "up" },
        banStore: { kind: "upstash", state: "down" },
      });
    } finally {
      upstash.hang(false);
    }
    expect(await (await GET()).json()).toMatchObject({ status: "ok" });
  });
});
