import "server-only";
import type { Transaction } from "@/db/client";
import { attachments } from "@/db/schema";
import type { StoredUpload } from "./with-stored-files";

/** The attachment rows for files stored with a message, inside that message's transaction. */
export async function recordAttachments(
  tx: Transaction,
  files: StoredUpload[],
  message: { ticketId: string; messageId: string },
): Promise<void> {
  if (files.length === 0) return;
  await tx.insert(attachments).values(
    files.map((file) => ({
      ...message,
      name: file.name,
      contentType: file.contentType,
      size: file.bytes.byteLength,
      storageKey: file.storageKey,
    })),
  );
}
