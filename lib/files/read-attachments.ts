import "server-only";
import { attachmentProblem, attachmentRules } from "./attachment-rules";
import type { Uploader } from "./uploader";
import { usesUploadThing } from "./uploadthing-settings";
import { displayName, validateAttachments } from "./validate-attachments";
import type { NewAttachments } from "./with-attachments";

export type AttachmentsRead = { ok: true; files: NewAttachments } | { ok: false; error: string };

const uploadKey = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * A form's attachments: with UploadThing, the keys of files the browser uploaded (`uploadKeys`),
 * which only become attachments if `uploader` uploaded them; otherwise the files themselves.
 * The browser does not upload files the rules refuse; it names them (`refusedAttachments`) so
 * that the answer states the problem as it would for files sent with the form.
 */
export async function readAttachments(
  formData: FormData,
  uploader: Uploader,
): Promise<AttachmentsRead> {
  if (!usesUploadThing()) return validateAttachments(formData.getAll("attachments"));

  const sentFiles = formData
    .getAll("attachments")
    .some((entry) => typeof entry !== "string" && entry.size > 0);
  if (sentFiles) {
    return { ok: false, error: "Attaching files needs JavaScript. Turn it on and try again." };
  }
  const refused = formData.getAll("refusedAttachments").map(fileFacts);
  if (refused.length > 0) {
    return {
      ok: false,
      error: attachmentProblem(refused) ?? "A file could not be uploaded. Choose it again.",
    };
  }
  const keys = [...new Set(formData.getAll("uploadKeys"))];
  if (keys.some((key) => typeof key !== "string" || !uploadKey.test(key))) {
    return { ok: false, error: "An attached file could not be found. Choose the files again." };
  }
  if (keys.length > attachmentRules.maxFiles) {
    return { ok: false, error: `Attach at most ${attachmentRules.maxFiles} files.` };
  }
  return { ok: true, files: { uploader, keys: keys as string[] } };
}

function fileFacts(entry: FormDataEntryValue): { name: string; size: number } {
  try {
    const facts = JSON.parse(String(entry));
    return { name: displayName(String(facts.name ?? "")), size: Number(facts.size) || 0 };
  } catch {
    return { name: "", size: 0 };
  }
}
