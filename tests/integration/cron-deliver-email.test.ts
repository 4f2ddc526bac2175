import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/cron/deliver-email/route";
import { getDb } from "@/db/client";
import { outbox } from "@/db/schema";
import { deliverInBatches } from "@/lib/mail/deliver-in-batches";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { createResendSender } from "@/lib/mail/resend-sender";
import { kickOutboxSender, startOutboxSender } from "@/lib/mail/start-outbox-sender";
import { resendForThisFile } from "@/tests/support/resend-for-this-file";

// Configured through the environment, as on a serverless host; read on first use, after these.
const { standIn } = await resendForThisFile();
const secret = "cron-secret-for-this-test-0123456789";
process.env.RESEND_API_KEY = standIn.apiKey;
process.env.RESEND_BASE_URL = standIn.url;
process.env.CRON_SECRET = secret;
process.env.OUTBOX_SENDER = "off";

async function enqueue(count: number) {
  const db = await getDb();
  for (let i = 0; i < count; i += 1) {
    const data = {
      name: "Ana Novak",
      reference: `CRON-${i}`,
      subject: "Invoice missing",
      trackUrl: "http://localhost:3000/track",
    };
    await enqueueEmail(db, {
      recipient: `person${i}@example.com`,
      template: "ticket_confirmation",
      data,
    });
  }
}

/** What Vercel Cron sends: a GET with the secret as a bearer token. */
function cronCall(authorization?: string) {
  const headers = authorization === undefined ? undefined : { authorization };
  return GET(new Request("http://localhost/api/cron/deliver-email", { headers }));
}

describe("the scheduled delivery route", () => {
  it("refuses a call without the secret or with a wrong one, and sends nothing", async () => {
    await enqueue(1);

    for (const authorization of [
      undefined,
      secret,
      `Bearer ${secret}x`,
      `Bearer ${secret.slice(0, -1)}`,
    ]) {
      const response = await cronCall(authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
    }

    expect(standIn.requestCount()).toBe(0);
    const db = await getDb();
    expect(await db.select({ attempts: outbox.attempts }).from(outbox)).toEqual([{ attempts: 0 }]);
  });

  it("delivers everything due in batches and answers the counts", async () => {
    await enqueue(12);

    const response = await cronCall(`Bearer ${secret}`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sent: 12, retried: 0, failed: 0, batches: 2 });
    expect(new Set(standIn.emails.map((email) => email.to[0])).size).toBe(12);
    expect(await (await cronCall(`Bearer ${secret}`)).json()).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
      batches: 1,
    });
  });

  it("counts a failed send as retried and leaves it for a later call", async () => {
    await enqueue(1);
    standIn.failNext(1);

    const response = await cronCall(`Bearer ${secret}`);

    expect(await response.json()).toEqual({ sent: 0, retried: 1, failed: 0, batches: 1 });
    const db = await getDb();
    const [email] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.recipient, "person0@example.com"));
    expect(email).toMatchObject({ attempts: 1, sentAt: null, failedAt: null });
    expect(email?.lastError).toContain("internal_server_error");
  });

  it("stops after its batch limit or time budget, leaving the rest due", async () => {
    await enqueue(12);
    const sender = createResendSender({ apiKey: standIn.apiKey, baseUrl: standIn.url });

    expect(await deliverInBatches({ sender, batchSize: 5, maxBatches: 2 })).toEqual({
      sent: 10,
      retried: 0,
      failed: 0,
      batches: 2,
    });
    expect(await deliverInBatches({ sender, budgetMs: 0 })).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
      batches: 0,
    });
    expect(standIn.emails).toHaveLength(10);
  });

  it("starts no delivery loop with OUTBOX_SENDER=off, yet sends right after a request", async () => {
    const setInterval = vi.spyOn(globalThis, "setInterval");
    await enqueue(1);

    startOutboxSender()();
    expect(setInterval).not.toHaveBeenCalled();
    setInterval.mockRestore();

    await kickOutboxSender();
    expect(standIn.emails.map((email) => email.to)).toEqual([["person0@example.com"]]);
  });
});
