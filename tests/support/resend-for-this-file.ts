import { afterAll, beforeEach } from "vitest";
import { getDb } from "@/db/client";
import { outbox } from "@/db/schema";
import { createResendSender, type MailSender } from "@/lib/mail/resend-sender";
import { type ResendStandIn, startResendStandIn } from "./resend-stand-in";

/**
 * A Resend stand-in for the calling test file, closed after it, and the real Resend client
 * pointed at it. Before each test the outbox and the stand-in's inbox are empty, and the
 * stand-in answers normally again. Reads no configuration, so a file can still set its
 * environment afterwards.
 */
export async function resendForThisFile(
  timeoutMs?: number,
): Promise<{ standIn: ResendStandIn; sender: MailSender }> {
  const standIn = await startResendStandIn();
  const sender = createResendSender({ apiKey: standIn.apiKey, baseUrl: standIn.url, timeoutMs });
  afterAll(() => standIn.close());
  beforeEach(async () => {
    const db = await getDb();
    await db.delete(outbox);
    standIn.emails.length = 0;
    standIn.recover();
  });
  return { standIn, sender };
}
