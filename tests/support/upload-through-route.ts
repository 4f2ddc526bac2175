import type { UploadForm } from "@/lib/files/upload-router";
import { portalUrl } from "./uploadthing-test-env";

export interface FileToUpload {
  name: string;
  text: string;
  /** The size the browser claims, if not the text's. */
  claimedSize?: number;
}

export type UploadOutcome =
  | { ok: true; keys: string[] }
  | { ok: false; status: number; message: string };

/**
 * What UploadThing's browser client does, over the same HTTP: asks the portal's route for
 * presigned URLs, then sends each file to its URL as multipart "file". With `complete: false`
 * it stops after asking, so the keys are never reported complete.
 */
export async function uploadThroughRoute(
  files: FileToUpload[],
  input: { form: UploadForm; submissionKey: string },
  options: { cookie?: string; complete?: boolean } = {},
): Promise<UploadOutcome> {
  const asked = await fetch(`${portalUrl}/api/uploadthing?actionType=upload&slug=attachments`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-uploadthing-package": "podpora-tests",
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: JSON.stringify({
      input,
      files: files.map((file) => ({
        name: file.name,
        size: file.claimedSize ?? Buffer.byteLength(file.text),
        type: "text/plain",
        lastModified: Date.now(),
      })),
    }),
  });
  const answer = await asked.json();
  if (!asked.ok) return { ok: false, status: asked.status, message: answer.message };

  const presigned = answer as { url: string; key: string }[];
  if (options.complete === false) return { ok: true, keys: presigned.map(({ key }) => key) };
  for (const [index, { url }] of presigned.entries()) {
    const form = new FormData();
    form.append("file", new Blob([files[index]?.text ?? ""], { type: "text/plain" }));
    const sent = await fetch(url, { method: "PUT", body: form });
    const result = await sent.json();
    if (!sent.ok || result.error) throw new Error(`Upload failed: ${JSON.stringify(result)}`);
  }
  return { ok: true, keys: presigned.map(({ key }) => key) };
}
