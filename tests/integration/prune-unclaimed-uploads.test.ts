import "../support/uploadthing-test-env";
import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/cron/deliver-email/route";
import { getDb } from "@/db/client";
import { uploadedFiles } from "@/db/schema";
import { AppError } from "@/lib/errors";
import {
  pruneUnclaimedUploads,
  startUploadPruning,
  stopUploadPruning,
} from "@/lib/files/prune-unclaimed-uploads";
import { recordCompletedUpload } from "@/lib/files/record-completed-upload";
import { uploadThingApi } from "@/lib/files/uploadthing-settings";
import { createTicket } from "@/lib/tickets/create-ticket";
import { guestTicketInput } from "@/tests/support/customers";
import { startResendStandIn } from "../support/resend-stand-in";
import { uploadThroughRoute } from "../support/upload-through-route";
import { uploadThing } from "../support/uploadthing-test-env";

// The cron route prunes too; read on first use, after these lines.
const resend = await startResendStandIn();
const cronSecret = "cron-secret-for-pruning-0123456789";
process.env.RESEND_API_KEY = resend.apiKey;
process.env.RESEND_BASE_URL = resend.url;
process.env.CRON_SECRET = cronSecret;
process.env.OUTBOX_SENDER = "off";

afterAll(() => resend.close());

const dayAndHourAgo = () => new Date(Date.now() - 25 * 60 * 60_000);

/** A guest's completed upload on the Submit a Ticket form, `age` old. */
async function guestUpload(name: string, age: "old" | "new") {
  const submissionKey = randomUUID();
  const uploaded = await uploadThroughRoute([{ name, text: `contents of ${name}` }], {
    form: "ticket",
    submissionKey,
  });
  if (!uploaded.ok) throw new Error(uploaded.message);
  const key = uploaded.keys[0] ?? "";
  if (age === "old") {
    const db = await getDb();
    await db
      .update(uploadedFiles)
      .set({ createdAt: dayAndHourAgo() })
      .where(inArray(uploadedFiles.storageKey, [key]));
  }
  return { key, submissionKey };
}

function ticketWith({ key, submissionKey }: { key: string; submissionKey: string }) {
  return createTicket(
    guestTicketInput(submissionKey),
    { uploader: { sessionId: submissionKey }, keys: [key] },
    {
      ip: "unknown",
    },
  );
}

async function storedKeys(keys: string[]) {
  const db = await getDb();
  const rows = await db
    .select({ key: uploadedFiles.storageKey })
    .from(uploadedFiles)
    .where(inArray(uploadedFiles.storageKey, keys));
  return rows.map((row) => row.key).sort();
}

async function signedLink(key: string) {
  return (await uploadThingApi().generateSignedURL(key, { expiresIn: 60 })).ufsUrl;
}

describe("unclaimed uploads are deleted after 24 hours", () => {
  it("deletes an old unclaimed upload at UploadThing and in the table, not a new or claimed one", async () => {
    const old = await guestUpload("old.txt", "old");
    const recent = await guestUpload("recent.txt", "new");
    const claimed = await guestUpload("claimed.txt", "new");
    await ticketWith(claimed);
    const db = await getDb();
    await db
      .update(uploadedFiles)
      .set({ createdAt: dayAndHourAgo() })
      .where(inArray(uploadedFiles.storageKey, [claimed.key]));
    const link = await signedLink(old.key);
    expect((await fetch(link)).status).toBe(200);

    expect(await pruneUnclaimedUploads()).toBe(1);

    const keys = [old.key, recent.key, claimed.key];
    expect(await storedKeys(keys)).toEqual([recent.key, claimed.key].sort());
    expect(keys.map((key) => uploadThing.files.has(key))).toEqual([false, true, true]);
    expect((await fetch(link)).status).toBe(404);
    expect((await fetch(await signedLink(claimed.key))).status).toBe(200);
    expect(await pruneUnclaimedUploads()).toBe(0);
  });

  it("keeps the rows when UploadThing fails, without throwing, and deletes them on the next run", async () => {
    const old = await guestUpload("kept.txt", "old");
    uploadThing.failNext(1);

    expect(await pruneUnclaimedUploads()).toBe(0);

    expect(await storedKeys([old.key])).toEqual([old.key]);
    expect(uploadThing.files.has(old.key)).toBe(true);
    const refusal = await ticketWith(old).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).userMessage).toMatch(/could not be found/);

    expect(await pruneUnclaimedUploads()).toBe(1);
    expect(await storedKeys([old.key])).toEqual([]);
    expect(uploadThing.files.has(old.key)).toBe(false);
  });

  it("prunes from the cron route too, and says how many", async () => {
    const old = await guestUpload("cron.txt", "old");
    const request = new Request("http://localhost/api/cron/deliver-email", {
      headers: { authorization: `Bearer ${cronSecret}` },
    });

    const response = await GET(request);

    expect(response.status).toBe(200);
    // The confirmation of the ticket an earlier test made is sent in the same call.
    expect(await response.json()).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
      batches: 1,
      prunedUploads: 1,
    });
    expect(await storedKeys([old.key])).toEqual([]);
    expect(uploadThing.files.has(old.key)).toBe(false);
  });

  it("runs on one timer however often it is started", () => {
    const setInterval = vi.spyOn(globalThis, "setInterval");
    startUploadPruning();
    startUploadPruning();
    expect(setInterval).toHaveBeenCalledTimes(1);

    stopUploadPruning();
    startUploadPruning();
    expect(setInterval).toHaveBeenCalledTimes(2);
    stopUploadPruning();
    setInterval.mockRestore();
  });
});

describe("a file refused after its upload", () => {
  it("is deleted at UploadThing and never recorded", async () => {
    const key = `refused${randomUUID().replaceAll("-", "")}`;
    uploadThing.files.set(key, {
      key,
      name: "setup.exe",
      type: "application/octet-stream",
      bytes: Buffer.from("MZ"),
      acl: "private",
      contentDisposition: "attachment",
    });

    await recordCompletedUpload({ sessionId: randomUUID() }, { key, name: "setup.exe", size: 2 });

    expect(uploadThing.files.has(key)).toBe(false);
    expect(await storedKeys([key])).toEqual([]);
  });
});
