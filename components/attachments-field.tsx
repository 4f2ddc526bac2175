import { acceptedExtensions } from "@/lib/files/attachment-rules";
import type { UploadForm } from "@/lib/files/upload-router";
import { FormField } from "./form-field";
import { UploadThingAttachmentsField } from "./uploadthing-attachments-field";

/**
 * The file input for attachments, with the rules as its hint and any problem as its error.
 * With `upload` (the portal stores files on UploadThing) the files are uploaded from the browser.
 */
export function AttachmentsField({
  id,
  hint,
  error,
  upload,
}: {
  id: string;
  hint: string;
  error?: string;
  upload?: { form: UploadForm; submissionKey: string };
}) {
  if (upload) return <UploadThingAttachmentsField id={id} hint={hint} error={error} {...upload} />;
  return (
    <FormField id={id} label="Attachments (optional)" hint={hint} error={error}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name="attachments"
          type="file"
          multiple
          accept={acceptedExtensions.join(",")}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className="text-slate-900 file:mr-3 file:rounded-md file:border-0 file:bg-slate-200 file:px-3 file:py-2"
        />
      )}
    </FormField>
  );
}
