import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { deliverDueEmails } from "@/lib/mail/deliver-outbox";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { getMailboxEmail, listMailbox } from "@/lib/mail/mailbox";
import type { MailSender } from "@/lib/mail/resend-sender";
import { kickOutboxSender, startOutboxSender } from "@/lib/mail/start-outbox-sender";

// The configuration is read on first use, after this line: this file runs without Resend.
delete process.env.RESEND_API_KEY;

async function enqueue(recipient: string, reference: string) {
  const db = await getDb();
  const data = {
    name: "Ana <Novak>",
    reference,
    subject: `Cannot sign in (${reference})`,
    trackUrl: "http://localhost:3000/track",
  };
  return enqueueEmail(db, { recipient, template: "ticket_confirmation", data });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the dev mailbox", () => {
  it("lists outbox emails newest first with their rendered subject and status", async () => {
    const older = await enqueue("ana@example.com", "AAAA-2222");
    const newer = await enqueue("bo@example.com", "BBBB-3333");
    const accepted: string[] = [];
    const sender: MailSender = {
      send: async (email) => {
        accepted.push(email.to);
        return { ok: true, providerMessageId: "provider-1" };
      },
    };
    await deliverDueEmails({ sender, limit: 1 });

    const listed = await listMailbox({ limit: 10 });

    expect(listed.map((email) => email.id)).toEqual([newer.id, older.id]);
    expect(listed[0]).toMatchObject({
      recipient: "bo@example.com",
      subject: "[BBBB-3333] We received your request: Cannot sign in (BBBB-3333)",
    });
    const statuses = Object.fromEntries(listed.map((email) => [email.recipient, email.status]));
    expect(statuses[accepted[0] ?? ""]).toBe("sent");
    expect(Object.values(statuses).sort()).toEqual(["pending", "sent"]);
    expect(await listMailbox({ limit: 1 })).toHaveLength(1);
  });

  it("shows one email rendered, and nothing for an unknown or malformed id", async () => {
    const { id } = await enqueue("ana@example.com", "CCCC-4444");

    const email = await getMailboxEmail(id);

    expect(email).toMatchObject({ id, recipient: "ana@example.com", status: "pending" });
    expect(email?.subject).toContain("CCCC-4444");
    expect(email?.html).toContain("Ana &lt;Novak&gt;");
    expect(email?.text).toContain("open http://localhost:3000/track (Track my ticket)");
    expect(await getMailboxEmail(randomUUID())).toBeNull();
    expect(await getMailboxEmail("not-a-uuid")).toBeNull();
    expect(await getMailboxEmail("'; drop table outbox; --")).toBeNull();
  });

  it("is where emails stay when Resend is not configured", async () => {
    const { id } = await enqueue("ana@example.com", "DDDD-5555");
    const setInterval = vi.spyOn(globalThis, "setInterval");

    const stop = startOutboxSender();
    await kickOutboxSender();
    stop();

    expect(setInterval).not.toHaveBeenCalled();
    expect((await getMailboxEmail(id))?.status).toBe("pending");
  });
});
