import "server-only";
import { getDb } from "@/db/client";
import { uploadedFiles } from "@/db/schema";
import { log } from "@/lib/log";
import { attachmentProblem, attachmentRules, extensionOf } from "./attachment-rules";
import type { Uploader } from "./uploader";
import { uploadThingApi } from "./uploadthing-settings";
import { displayName } from "./validate-attachments";

/**
 * Records a file UploadThing reports as uploaded (its signed completion callback), so that its
 * uploader can attach it to one message. A file the rules refuse is not recorded, whatever the
 * browser said about it before the upload, and is deleted at UploadThing.
 */
export async function recordCompletedUpload(
  uploader: Uploader,
  file: { key: string; name: string; size: number },
): Promise<void> {
  const name = displayName(file.name);
  const problem = attachmentProblem([{ name, size: file.size }]);
  if (problem) {
    log.warn("upload.refused_after_upload", { key: file.key, problem });
    // Limitation: a refused file has no row for the pruning to find; if this call fails, the
    // file stays at UploadThing.
    try {
      await uploadThingApi().deleteFiles(file.key);
    } catch (error) {
      log.error("upload.refused_delete_failed", error);
    }
    return;
  }
  const db = await getDb();
  await db
    .insert(uploadedFiles)
    .values({
      storageKey: file.key,
      uploaderId: "userId" in uploader ? uploader.userId : null,
      uploadSessionId: "sessionId" in uploader ? uploader.sessionId : null,
      name,
      contentType: attachmentRules.types[extensionOf(name)] ?? "application/octet-stream",
      size: file.size,
    })
    .onConflictDoNothing({ target: uploadedFiles.storageKey });
  log.info("upload.completed", { key: file.key, size: file.size });
}
