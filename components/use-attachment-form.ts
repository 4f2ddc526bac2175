"use client";

import { type FormEvent, startTransition, useEffect, useRef, useState } from "react";
import { attachmentSizeProblem } from "@/lib/files/attachment-rules";
import { withoutEmptyFiles } from "./without-empty-files";

/**
 * Submits a form with attachments through its action, once per click. The files are checked
 * for size first, so an upload the server would refuse is not sent; a problem is returned for
 * the attachments field and focus moves there. Submitting in a transition keeps what was typed
 * and the chosen files if the server refuses (a plain form action would reset the form).
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

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    const formData = withoutEmptyFiles(new FormData(event.currentTarget));
    const problem = attachmentSizeProblem(formData.getAll("attachments") as File[]);
    setSizeProblem(problem ?? undefined);
    if (problem) {
      document.getElementById(attachmentsFieldId)?.focus();
      return;
    }
    sending.current = true;
    startTransition(() => formAction(formData));
  };
  return { onSubmit, sizeProblem };
}
