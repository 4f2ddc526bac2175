import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/cron/deliver-email/route";
import { getDb } from "@/db/client";
import { outbox } from "@/db/schema";
import { enqueueEmail } from "@/lib/mail/enqueue-email";

// CRON_SECRET is set but Resend is not; read on first use, after these lines.
const secret = "cron-secret-without-resend-0123456789";
process.env.CRON_SECRET = secret;
delete process.env.RESEND_API_KEY;

describe("the scheduled delivery route without RESEND_API_KEY", () => {
  it("says why it cannot send, and leaves the outbox as it was", async () => {
    const db = await getDb();
    const data = {
      name: "Ana Novak",
      reference: "K7QM-4XTD",
      subject: "Export fails",
      trackUrl: "http://localhost:3000/track",
    };
    await enqueueEmail(db, { recipient: "ana@example.com", template: "ticket_confirmation", data });
    const request = new Request("http://localhost/api/cron/deliver-email", {
      headers: { authorization: `Bearer ${secret}` },
    });

    const response = await GET(request);

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: "RESEND_API_KEY is not set, so no email can be sent.",
    });
    expect(await db.select({ attempts: outbox.attempts }).from(outbox)).toEqual([{ attempts: 0 }]);
  });
});
