import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/cron/deliver-email/route";
import { startResendStandIn } from "@/tests/support/resend-stand-in";

// Resend is configured but CRON_SECRET is not; read on first use, after these lines.
const standIn = await startResendStandIn();
process.env.RESEND_API_KEY = standIn.apiKey;
process.env.RESEND_BASE_URL = standIn.url;
delete process.env.CRON_SECRET;

describe("the scheduled delivery route without CRON_SECRET", () => {
  it("does not exist, whatever the caller sends", async () => {
    for (const authorization of ["", "Bearer ", "Bearer undefined"]) {
      const request = new Request("http://localhost/api/cron/deliver-email", {
        headers: { authorization },
      });
      const response = await GET(request);
      expect(response.status).toBe(404);
    }
    expect(standIn.requestCount()).toBe(0);
    await standIn.close();
  });
});
