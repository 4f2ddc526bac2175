import { sql } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { startBanCounterPruning } from "@/lib/bans/prune-ban-counters";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { kickOutboxSender } from "@/lib/mail/start-outbox-sender";
import { stopServer } from "@/lib/stop-server";
import { startResendStandIn } from "@/tests/support/resend-stand-in";

const standIn = await startResendStandIn();
process.env.RESEND_API_KEY = standIn.apiKey;
process.env.RESEND_BASE_URL = standIn.url;

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(() => standIn.close());

describe("stopping the application after the HTTP server", () => {
  it("lets a delivery run in progress finish, then closes the database", async () => {
    const db = await getDb();
    const data = { name: "Ana", reference: "STOP-2222", subject: "Stop", trackUrl: "http://x" };
    await enqueueEmail(db, { recipient: "ana@example.com", template: "ticket_confirmation", data });
    const errors = vi.spyOn(process.stderr, "write");

    const delivery = kickOutboxSender();
    await stopServer();

    expect(standIn.emails.map((email) => email.subject)).toEqual([
      "[STOP-2222] We received your request: Stop",
    ]);
    expect(errors.mock.calls.map(([line]) => String(line))).toEqual([]);
    await delivery;
    await expect(db.execute(sql`select 1`)).rejects.toThrow();
  });

  it("stops the ban counters' pruning timer", async () => {
    const setInterval = vi.spyOn(globalThis, "setInterval");
    startBanCounterPruning();
    startBanCounterPruning();
    expect(setInterval).toHaveBeenCalledTimes(1);

    await stopServer();
    startBanCounterPruning();

    expect(setInterval).toHaveBeenCalledTimes(2);
    await stopServer();
  });
});
