import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { kickOutboxSender, startOutboxSender } from "@/lib/mail/start-outbox-sender";
import { startResendStandIn } from "@/tests/support/resend-stand-in";

// Configured through the environment, as in production; read on first use, after these lines.
const standIn = await startResendStandIn();
process.env.RESEND_API_KEY = standIn.apiKey;
process.env.RESEND_BASE_URL = standIn.url;

async function enqueue(reference: string) {
  const db = await getDb();
  const data = {
    name: "Ana Novak",
    reference,
    subject: "Invoice missing",
    trackUrl: "http://localhost:3000/track",
  };
  await enqueueEmail(db, { recipient: "ana@example.com", template: "ticket_confirmation", data });
}

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(() => standIn.close());

describe("the outbox sender", () => {
  it("delivers at once when kicked, one run at a time", async () => {
    await enqueue("AAAA-2222");

    await Promise.all([kickOutboxSender(), kickOutboxSender(), kickOutboxSender()]);
    expect(standIn.emails.map((email) => email.subject)).toEqual([
      "[AAAA-2222] We received your request: Invoice missing",
    ]);
    expect(standIn.requestCount()).toBe(1);

    await enqueue("BBBB-3333");
    await kickOutboxSender();
    expect(standIn.emails).toHaveLength(2);
  });

  it("keeps a single loop when started twice, until it is stopped", async () => {
    const setInterval = vi.spyOn(globalThis, "setInterval");

    const stop = startOutboxSender();
    startOutboxSender();
    expect(setInterval).toHaveBeenCalledTimes(1);
    stop();
    startOutboxSender()();

    expect(setInterval).toHaveBeenCalledTimes(2);
  });
});
