import "server-only";
import { attachmentProblem, attachmentRules, extensionOf } from "./attachment-rules";

export interface AttachmentUpload {
  /** The customer's file name, cleaned of control characters; for display only. */
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export type AttachmentCheck =
  | { ok: true; files: AttachmentUpload[] }
  | { ok: false; error: string };

const controlCharacters = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

export function displayName(name: string): string {
  return name.normalize("NFC").replace(controlCharacters, "").trim().slice(0, 255);
}

/**
 * Checks the files of a form against the attachment rules. A file input left empty arrives as
 * one nameless, empty file; it is not an attachment.
 */
export async function validateAttachments(entries: FormDataEntryValue[]): Promise<AttachmentCheck> {
  const files = entries.filter(
    (entry): entry is File => typeof entry !== "string" && !(entry.name === "" && entry.size === 0),
  );
  const named = files.map((file) => ({ file, name: displayName(file.name) }));
  const problem = attachmentProblem(named.map(({ file, name }) => ({ name, size: file.size })));
  if (problem) return { ok: false, error: problem };

  const uploads: AttachmentUpload[] = [];
  for (const { file, name } of named) {
    const contentType = attachmentRules.types[extensionOf(name)] ?? "application/octet-stream";
    uploads.push({ name, contentType, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return { ok: true, files: uploads };
}
