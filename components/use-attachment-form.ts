"use client";

import { type FormEvent, startTransition, useEffect, useRef, useState } from "react";
import { attachmentSizeProblem } from "@/lib/files/attachment-rules";
import { attachmentUploadsOf, withSettledUploads } from "./attachment-uploads";
import { withoutEmptyFiles } from "./without-empty-files";

/**
 * Submits a form with attachments through its action, once per click. The files are checked
 * for size first, so an upload the server would refuse is not sent; a problem is returned for
 * the attachments field and focus moves there. Submitting in a transition keeps what was typed
 * and the chosen files if the server refuses (a plain form action would reset the form).
 * With UploadThing the files are already uploading: the form waits for them and sends their keys.
 */
export function useAttachmentForm(
  formAction: (formData: FormData) => void,
  pending: boolean,
  attachmentsFieldId: string,
) {
  const sending = useRef(false);
  const [sizeProblem, setSizeProblem] = useState<string>();
  useEffect(() => {
    if (!pending) sending.current = false;
  }, [pending]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    const form = event.currentTarget;
    const uploads = attachmentUploadsOf(form);
    const formData = withoutEmptyFiles(new FormData(form));
    const problem = attachmentSizeProblem(
      uploads?.chosen ?? (formData.getAll("attachments") as File[]),
    );
    setSizeProblem(problem ?? undefined);
    if (problem) {
      document.getElementById(attachmentsFieldId)?.focus();
      return;
    }
    sending.current = true;
    const withUploads = await withSettledUploads(form, formData);
    if (!withUploads) {
      sending.current = false;
      document.getElementById(attachmentsFieldId)?.focus();
      return;
    }
    startTransition(() => formAction(withUploads));
  };
  return { onSubmit, sizeProblem };
}
