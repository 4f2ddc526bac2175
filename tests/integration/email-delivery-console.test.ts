import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { outbox } from "@/db/schema";
import { deliverDueEmails } from "@/lib/mail/deliver-outbox";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { listEmailDelivery, retryFailedEmail } from "@/lib/staff/email-delivery";
import { failedEmail } from "@/tests/support/failed-email";
import { resendForThisFile } from "@/tests/support/resend-for-this-file";
import { newAgent } from "@/tests/support/staff";

const { standIn, sender } = await resendForThisFile();

async function enqueue(recipient: string) {
  const db = await getDb();
  const data = {
    name: "Bo Berg",
    reference: "ZZ99-8877",
    subject: "Cannot sign in",
    trackUrl: "http://localhost:3000/track",
  };
  return enqueueEmail(db, { recipient, template: "ticket_confirmation", data });
}

async function row(id: string) {
  const db = await getDb();
  const [email] = await db.select().from(outbox).where(eq(outbox.id, id));
  return email;
}

describe("the Email delivery screen", () => {
  it("lists failed emails and those waiting for another attempt, nothing else", async () => {
    const admin = await newAgent("admin");
    const failedId = await failedEmail("failed@example.com");
    const retrying = await enqueue("retrying@example.com");
    standIn.failNext(1, { status: 429, name: "rate_limit_exceeded" });
    await deliverDueEmails({ sender });
    await enqueue("sent@example.com");
    await deliverDueEmails({ sender });
    await enqueue("queued@example.com");

    const { failed, waiting } = await listEmailDelivery(admin);

    expect(failed).toEqual([
      expect.objectContaining({
        id: failedId,
        recipient: "failed@example.com",
        kind: "Ticket confirmation",
        attempts: 8,
        lastError: "Resend internal_server_error (500): Stand-in failure",
      }),
    ]);
    expect(waiting).toEqual([
      expect.objectContaining({
        id: retrying.id,
        recipient: "retrying@example.com",
        attempts: 1,
        lastError: expect.stringContaining("rate_limit_exceeded (429)"),
        at: (await row(retrying.id))?.nextAttemptAt,
      }),
    ]);
  });

  it("sends a failed email again when an admin asks, once", async () => {
    const admin = await newAgent("admin");
    const id = await failedEmail("failed@example.com");

    await retryFailedEmail(admin, id);

    expect(await row(id)).toMatchObject({ failedAt: null, sentAt: null, attempts: 0 });
    expect(await deliverDueEmails({ sender })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(standIn.emails.map((email) => [email.to, email.idempotencyKey])).toEqual([
      [["failed@example.com"], `podpora-outbox/${id}`],
    ]);
    expect(await listEmailDelivery(admin)).toEqual({ failed: [], waiting: [] });
    await expect(retryFailedEmail(admin, id)).rejects.toMatchObject({
      userMessage:
        "This email is no longer in the list of failed emails. Reload the page to see where it is.",
    });
  });

  it("refuses to retry an email that has not failed or does not exist", async () => {
    const admin = await newAgent("admin");
    const pending = await enqueue("queued@example.com");

    for (const id of [pending.id, "not-an-id", "00000000-0000-4000-8000-000000000000"]) {
      await expect(retryFailedEmail(admin, id)).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await row(pending.id)).toMatchObject({ attempts: 0, failedAt: null });
  });
});
