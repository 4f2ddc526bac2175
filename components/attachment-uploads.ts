/**
 * The files a form's UploadThing field has chosen and where their uploads stand, kept per form
 * element so that the form's submit handler can wait for running uploads and send their keys.
 */
export interface AttachmentUploads {
  /** What was chosen, for the size check before sending. */
  chosen: { name: string; size: number }[];
  /** Settles when every upload has finished or failed. */
  settled: Promise<void>;
  /** Keys of the files UploadThing accepted. */
  keys: () => string[];
  /** Files not uploaded because the rules refuse them; the server words the problem. */
  refused: () => { name: string; size: number }[];
  /** Why the upload failed, if it did for another reason. */
  failure: () => string | undefined;
}

const uploadsByForm = new WeakMap<HTMLFormElement, AttachmentUploads>();

export function setAttachmentUploads(form: HTMLFormElement, uploads: AttachmentUploads | null) {
  if (uploads) uploadsByForm.set(form, uploads);
  else uploadsByForm.delete(form);
}

export function attachmentUploadsOf(form: HTMLFormElement): AttachmentUploads | undefined {
  return uploadsByForm.get(form);
}

/**
 * Waits for the form's running uploads, then puts their keys (and the facts of refused files)
 * into its data; null if an upload failed, which the field itself reports.
 */
export async function withSettledUploads(
  form: HTMLFormElement,
  formData: FormData,
): Promise<FormData | null> {
  const uploads = uploadsByForm.get(form);
  if (!uploads) return formData;
  await uploads.settled;
  return uploads.failure() ? null : withUploadedKeys(formData, uploads);
}

function withUploadedKeys(formData: FormData, uploads: AttachmentUploads): FormData {
  formData.delete("uploadKeys");
  for (const key of uploads.keys()) formData.append("uploadKeys", key);
  for (const file of uploads.refused()) formData.append("refusedAttachments", JSON.stringify(file));
  return formData;
}
