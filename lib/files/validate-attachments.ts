import "server-only";
import { attachmentRules, extensionOf } from "./attachment-rules";

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

function displayName(name: string): string {
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
  if (files.length > attachmentRules.maxFiles) {
    return { ok: false, error: `Attach at most ${attachmentRules.maxFiles} files.` };
  }

  let total = 0;
  const uploads: AttachmentUpload[] = [];
  for (const file of files) {
    const name = displayName(file.name);
    const label = name === "" ? "A file without a name" : `“${name}”`;
    const contentType = attachmentRules.types[extensionOf(name)];
    if (!contentType) {
      return { ok: false, error: `${label} is not a type we accept.` };
    }
    if (file.size === 0) return { ok: false, error: `${label} is empty.` };
    if (file.size > attachmentRules.maxFileBytes) {
      return {
        ok: false,
        error: `${label} is larger than ${attachmentRules.maxFileBytes / 1024 / 1024} MB.`,
      };
    }
    total += file.size;
    if (total > attachmentRules.maxTotalBytes) {
      return {
        ok: false,
        error: `Together the files are larger than ${attachmentRules.maxTotalBytes / 1024 / 1024} MB.`,
      };
    }
    uploads.push({ name, contentType, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return { ok: true, files: uploads };
}
