import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { outbox } from "@/db/schema";
import type { StaffMessage } from "@/lib/staff/add-staff-message";

/** An agent's internal note (or, with `internal: false`, a public reply) to send as is. */
export const note = (
  reference: string,
  body: string,
  extra: Partial<StaffMessage> = {},
): StaffMessage => ({
  reference,
  body,
  internal: true,
  submissionKey: randomUUID(),
  seenLastMessageId: "",
  sendAnyway: true,
  ...extra,
});

export const textFile = (text: string) => ({
  name: "notes.txt",
  contentType: "text/plain",
  bytes: new TextEncoder().encode(text),
});

export async function mailsTo(recipient: string) {
  const db = await getDb();
  return db.select().from(outbox).where(eq(outbox.recipient, recipient));
}
