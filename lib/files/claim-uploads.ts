import "server-only";
import { and, inArray, isNull } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { attachments, uploadedFiles } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { attachmentSizeProblem } from "./attachment-rules";
import { type Uploader, uploadedBy } from "./uploader";

export interface UploadedKeys {
  uploader: Uploader;
  keys: string[];
}

/**
 * Claims files uploaded to UploadThing for a message, inside that message's transaction: only
 * keys the completion callback recorded for this same uploader and no message has claimed yet.
 * If any key is not such a file, the error rolls the whole message back.
 */
export async function claimUploads(
  tx: Transaction,
  { uploader, keys }: UploadedKeys,
  message: { ticketId: string; messageId: string },
): Promise<void> {
  if (keys.length === 0) return;
  const claimed = await tx
    .update(uploadedFiles)
    .set({ claimedByMessageId: message.messageId })
    .where(
      and(
        inArray(uploadedFiles.storageKey, keys),
        isNull(uploadedFiles.claimedByMessageId),
        uploadedBy(uploader),
      ),
    )
    .returning({
      name: uploadedFiles.name,
      contentType: uploadedFiles.contentType,
      size: uploadedFiles.size,
      storageKey: uploadedFiles.storageKey,
    });
  if (claimed.length !== new Set(keys).size) {
    throw new AppError(
      "invalid_input",
      `${keys.length - claimed.length} upload key(s) not claimable by this uploader`,
      "An attached file could not be found: it may not have finished uploading, or it was already sent. Choose the files again.",
    );
  }
  const problem = attachmentSizeProblem(claimed);
  if (problem) throw new AppError("invalid_input", "Claimed uploads break the rules", problem);

  await tx.insert(attachments).values(claimed.map((file) => ({ ...message, ...file })));
}
