import "server-only";
import type { Transaction } from "@/db/client";
import { claimUploads, type UploadedKeys } from "./claim-uploads";
import { recordAttachments } from "./record-attachments";
import type { AttachmentUpload } from "./validate-attachments";
import { withStoredFiles } from "./with-stored-files";

/** A message's new attachments: files sent with the form, or keys of files on UploadThing. */
export type NewAttachments = AttachmentUpload[] | UploadedKeys;

export type RecordAttachments = (
  tx: Transaction,
  message: { ticketId: string; messageId: string },
) => Promise<void>;

export function attachmentCount(files: NewAttachments): number {
  return Array.isArray(files) ? files.length : files.keys.length;
}

/**
 * Runs `work`, the message's transaction, with the step that records its attachments: files
 * sent with the form are stored first (and removed again if `work` fails); uploaded files are
 * claimed inside the transaction.
 */
export async function withAttachments<T>(
  files: NewAttachments,
  work: (record: RecordAttachments) => Promise<T>,
): Promise<T> {
  if (!Array.isArray(files)) return work((tx, message) => claimUploads(tx, files, message));
  return withStoredFiles(files, (stored) =>
    work((tx, message) => recordAttachments(tx, stored, message)),
  );
}
