import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { outbox, users } from "@/db/schema";
import { inspectLinkToken } from "@/lib/auth/link-tokens";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { deliverDueEmails } from "@/lib/mail/deliver-outbox";
import { getMailboxEmail } from "@/lib/mail/mailbox";
import { resendForThisFile } from "@/tests/support/resend-for-this-file";

// The configuration is read on first use, after this line: this file runs without Resend.
delete process.env.RESEND_API_KEY;

const linkPattern = /https?:\/\/\S+\/auth\/link\?token=([\w-]+)/;

async function row(id: string) {
  const db = await getDb();
  const [email] = await db.select().from(outbox).where(eq(outbox.id, id));
  if (!email) throw new Error(`outbox row ${id} is gone`);
  return email;
}

/** Asks for a sign-in link for a new customer and returns the outbox row of its email. */
async function signInLinkEmail() {
  const db = await getDb();
  const email = `ana.${randomUUID().slice(0, 8)}@example.com`;
  await db.insert(users).values({ email, name: "Ana" });
  await requestSignInLink({ email, ip: "198.51.100.7", context: "sign_in" });
  const [stored] = await db.select().from(outbox).where(eq(outbox.recipient, email));
  if (!stored) throw new Error(`no sign-in link email to ${email}`);
  return stored;
}

const { standIn, sender } = await resendForThisFile(500);

describe("emails waiting in the outbox", () => {
  it("keep their link encrypted, yet are delivered and shown with the working link", async () => {
    const { id } = await signInLinkEmail();

    const shown = await getMailboxEmail(id);
    expect(await deliverDueEmails({ sender })).toEqual({ sent: 1, retried: 0, failed: 0 });

    const delivered = standIn.emails[0];
    const token = linkPattern.exec(delivered?.text ?? "")?.[1] ?? "";
    expect(token).toHaveLength(43);
    expect(delivered?.html).toContain(`token=${token}`);
    expect(shown?.text).toContain(`token=${token}`);
    expect(shown?.html).toContain(`token=${token}`);
    expect(await inspectLinkToken(token)).toMatchObject({ status: "valid", purpose: "sign_in" });
    const stored = JSON.stringify(await row(id));
    expect(stored).not.toContain(token);
    expect(stored).not.toContain("token=");
  });

  it("still render and send when they were queued in plain form, before encryption", async () => {
    const db = await getDb();
    const link = "http://localhost:3000/auth/link?token=plain-row-from-before";
    const [plain] = await db
      .insert(outbox)
      .values({
        recipient: "ana@example.com",
        template: "sign_in_link",
        data: { link, context: "track", expiresInMinutes: 15 },
      })
      .returning();

    expect((await getMailboxEmail(plain?.id ?? ""))?.text).toContain(link);
    expect(await deliverDueEmails({ sender })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(standIn.emails[0]?.text).toContain(link);
  });

  it("fail, with the reason, when their data cannot be opened: altered or another row's", async () => {
    const first = await signInLinkEmail();
    const second = await signInLinkEmail();
    const sealed = (first.data as { sealed: string }).sealed;
    const middle = Math.floor(sealed.length / 2);
    const flipped = `${sealed.slice(0, middle)}${sealed[middle] === "A" ? "B" : "A"}${sealed.slice(middle + 1)}`;
    const db = await getDb();
    await db
      .update(outbox)
      .set({ data: { sealed: flipped } })
      .where(eq(outbox.id, first.id));
    await db.update(outbox).set({ data: first.data }).where(eq(outbox.id, second.id));

    const reason =
      "the stored email data cannot be opened: it was sealed with another AUTH_SECRET or altered";
    expect(await getMailboxEmail(first.id)).toMatchObject({ subject: "(cannot be rendered)" });
    expect((await getMailboxEmail(second.id))?.text).toContain(reason);
    expect(await deliverDueEmails({ sender })).toEqual({ sent: 0, retried: 0, failed: 2 });

    expect(standIn.emails).toEqual([]);
    expect((await row(first.id)).lastError).toBe(reason);
    expect((await row(second.id)).lastError).toBe(reason);
  });
});
