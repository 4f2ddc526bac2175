import "../support/uploadthing-test-env";
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { attachments, messages, tickets, uploadedFiles } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { openAttachment } from "@/lib/files/open-attachment";
import { readAttachments } from "@/lib/files/read-attachments";
import { addCustomerReply } from "@/lib/tickets/add-customer-reply";
import { createTicket } from "@/lib/tickets/create-ticket";
import { guestTicketInput } from "@/tests/support/customers";
import { newCustomer, ticketFor } from "../support/customers";
import { newAgent } from "../support/staff";
import { uploadThroughRoute } from "../support/upload-through-route";
import { signedInCookie, uploadThing } from "../support/uploadthing-test-env";

const text = (name: string, body = `contents of ${name}`) => ({ name, text: body });

async function uploadRows(keys: string[]) {
  const db = await getDb();
  return db.select().from(uploadedFiles).where(inArray(uploadedFiles.storageKey, keys));
}

async function messageCount(ticketId: string) {
  const db = await getDb();
  return (await db.select().from(messages).where(eq(messages.ticketId, ticketId))).length;
}

async function expectRefused(call: Promise<unknown>, message: RegExp) {
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).userMessage).toMatch(message);
}

async function customerWithTicket(label: string) {
  const customer = await newCustomer(label);
  const ticket = await ticketFor(customer);
  return { customer, ticket, cookie: await signedInCookie(customer.userId) };
}

const reply = (reference: string) => ({
  reference,
  body: "Here is the log.",
  submissionKey: randomUUID(),
});

describe("the upload route refuses who may not upload, and what breaks the rules", () => {
  it("refuses a reply or staff upload without the session it needs", async () => {
    const submissionKey = randomUUID();
    const asGuest = await uploadThroughRoute([text("a.txt")], { form: "reply", submissionKey });
    expect(asGuest).toEqual({
      ok: false,
      status: 403,
      message: "Your session has ended. Sign in again to attach files.",
    });

    const customer = await newCustomer();
    const asCustomer = await uploadThroughRoute(
      [text("a.txt")],
      { form: "staff", submissionKey },
      { cookie: await signedInCookie(customer.userId) },
    );
    expect(asCustomer).toMatchObject({ ok: false, status: 403 });
    expect(uploadThing.files.size).toBe(0);
  });

  it("refuses files beyond the count, size and type limits before any upload URL is made", async () => {
    const input = { form: "ticket" as const, submissionKey: randomUUID() };
    const six = ["1", "2", "3", "4", "5", "6"].map((n) => text(`${n}.txt`));
    expect(await uploadThroughRoute(six, input)).toEqual({
      ok: false,
      status: 400,
      message: "Attach at most 5 files.",
    });
    const large = { ...text("server.log"), claimedSize: 11 * 1024 * 1024 };
    expect(await uploadThroughRoute([large], input)).toMatchObject({
      message: "“server.log” is larger than 10 MB.",
    });
    expect(await uploadThroughRoute([text("setup.exe")], input)).toMatchObject({
      message: "“setup.exe” is not a type we accept.",
    });
    expect(uploadThing.files.size).toBe(0);
  });
});

describe("uploaded files become attachments only for their uploader, once", () => {
  it("attaches a guest's completed upload to their ticket and serves it through a signed link", async () => {
    const submissionKey = randomUUID();
    const uploaded = await uploadThroughRoute([text("error.log", "disk full")], {
      form: "ticket",
      submissionKey,
    });
    if (!uploaded.ok) throw new Error(uploaded.message);
    expect(await uploadRows(uploaded.keys)).toMatchObject([
      { name: "error.log", contentType: "text/plain", size: 9, uploadSessionId: submissionKey },
    ]);

    const form = new FormData();
    for (const key of uploaded.keys) form.append("uploadKeys", key);
    const files = await readAttachments(form, { sessionId: submissionKey });
    if (!files.ok) throw new Error(files.error);
    const ticket = await createTicket(guestTicketInput(submissionKey), files.files, {
      ip: "unknown",
    });

    const db = await getDb();
    const [row] = await db.select().from(attachments).where(eq(attachments.ticketId, ticket.id));
    expect(row).toMatchObject({ name: "error.log", size: 9, storageKey: uploaded.keys[0] });
    const [claimed] = await uploadRows(uploaded.keys);
    expect(claimed?.claimedByMessageId).toBe(row?.messageId);

    const opened = await openAttachment(await newAgent(), row?.id ?? "");
    if (!opened?.signedUrl) throw new Error("no signed link");
    const download = await fetch(opened.signedUrl);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe("disk full");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment;/);

    const unsigned = new URL(opened.signedUrl);
    unsigned.searchParams.set("expires", String(Date.now() + 86_400_000));
    expect((await fetch(unsigned)).status).toBe(403);
    const stranger = await newCustomer("stranger");
    expect(await openAttachment(stranger, row?.id ?? "")).toBeNull();
  });

  it("refuses another person's upload on a reply, and writes nothing", async () => {
    const alice = await customerWithTicket("alice");
    const mallory = await customerWithTicket("mallory");
    const uploaded = await uploadThroughRoute(
      [text("alice.txt")],
      { form: "reply", submissionKey: randomUUID() },
      { cookie: alice.cookie },
    );
    if (!uploaded.ok) throw new Error(uploaded.message);

    const before = await messageCount(mallory.ticket.id);
    await expectRefused(
      addCustomerReply(mallory.customer, reply(mallory.ticket.reference), {
        uploader: { userId: mallory.customer.userId },
        keys: uploaded.keys,
      }),
      /could not be found/,
    );
    expect(await messageCount(mallory.ticket.id)).toBe(before);
    expect(await uploadRows(uploaded.keys)).toMatchObject([{ claimedByMessageId: null }]);
  });

  it("refuses a key that was never reported complete, and one already attached", async () => {
    const alice = await customerWithTicket("alice");
    const input = { form: "reply" as const, submissionKey: randomUUID() };
    const pending = await uploadThroughRoute([text("late.txt")], input, {
      cookie: alice.cookie,
      complete: false,
    });
    if (!pending.ok) throw new Error(pending.message);
    expect(await uploadRows(pending.keys)).toEqual([]);
    const before = await messageCount(alice.ticket.id);
    await expectRefused(
      addCustomerReply(alice.customer, reply(alice.ticket.reference), {
        uploader: { userId: alice.customer.userId },
        keys: pending.keys,
      }),
      /could not be found/,
    );
    expect(await messageCount(alice.ticket.id)).toBe(before);

    const done = await uploadThroughRoute([text("once.txt")], input, { cookie: alice.cookie });
    if (!done.ok) throw new Error(done.message);
    const files = { uploader: { userId: alice.customer.userId }, keys: done.keys };
    expect(await addCustomerReply(alice.customer, reply(alice.ticket.reference), files)).toEqual({
      ticketId: alice.ticket.id,
      created: true,
    });
    await expectRefused(
      addCustomerReply(alice.customer, reply(alice.ticket.reference), files),
      /already sent/,
    );
    expect(await messageCount(alice.ticket.id)).toBe(before + 1);
    const db = await getDb();
    const rows = await db
      .select({ id: attachments.id })
      .from(attachments)
      .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
      .where(eq(tickets.id, alice.ticket.id));
    expect(rows).toHaveLength(1);
  });
});
