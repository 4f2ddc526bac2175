import "server-only";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import { uploadedFiles } from "@/db/schema";

/**
 * Who uploaded a file to UploadThing: a signed-in user, or a guest known only by the submission
 * key of the Submit a Ticket form they chose the file on. Only the same uploader may attach it.
 */
export type Uploader = { userId: string } | { sessionId: string };

export function isUploader(value: unknown): value is Uploader {
  if (typeof value !== "object" || value === null) return false;
  const fields = value as Record<string, unknown>;
  return typeof fields.userId === "string" || typeof fields.sessionId === "string";
}

/** The condition "recorded for this uploader" on uploaded_files. */
export function uploadedBy(uploader: Uploader): SQL | undefined {
  return "userId" in uploader
    ? eq(uploadedFiles.uploaderId, uploader.userId)
    : and(isNull(uploadedFiles.uploaderId), eq(uploadedFiles.uploadSessionId, uploader.sessionId));
}
