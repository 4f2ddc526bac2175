import "server-only";
import { getFileStorage, newStorageKey } from "./storage";
import type { AttachmentUpload } from "./validate-attachments";

export type StoredUpload = AttachmentUpload & { storageKey: string };

/**
 * Stores uploads, then runs `work` (the transaction that records them). If `work` fails the
 * files are removed again, so a failed submission leaves nothing behind.
 */
export async function withStoredFiles<T>(
  files: AttachmentUpload[],
  work: (stored: StoredUpload[]) => Promise<T>,
): Promise<T> {
  const storage = getFileStorage();
  const stored = files.map((file) => ({ ...file, storageKey: newStorageKey() }));
  try {
    await Promise.all(
      stored.map((file) => storage.put(file.storageKey, file.bytes, file.contentType)),
    );
    return await work(stored);
  } catch (error) {
    await Promise.allSettled(stored.map((file) => storage.remove(file.storageKey)));
    throw error;
  }
}
