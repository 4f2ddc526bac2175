"use client";

import { useEffect, useRef, useState } from "react";
import type { genUploader } from "uploadthing/client";
import { acceptedExtensions, attachmentProblem } from "@/lib/files/attachment-rules";
import type { UploadForm, UploadRouter } from "@/lib/files/upload-router";
import { setAttachmentUploads } from "./attachment-uploads";
import { FormField } from "./form-field";

type UploadFiles = ReturnType<typeof genUploader<UploadRouter>>["uploadFiles"];
let uploader: Promise<UploadFiles> | undefined;

/**
 * UploadThing's browser client, fetched when files are first chosen: it adds 11 KB compressed to
 * the Submit a Ticket page, which must stay under 150 KB, and most visitors attach nothing.
 */
function loadUploader(): Promise<UploadFiles> {
  uploader ??= import("uploadthing/client").then(
    ({ genUploader }) => genUploader<UploadRouter>({ package: "podpora" }).uploadFiles,
  );
  uploader.catch(() => {
    uploader = undefined;
  });
  return uploader;
}

interface Progress {
  id: string;
  name: string;
  percent: number;
}

/**
 * The attachments field when files go to UploadThing: chosen files are checked against the
 * rules, then uploaded from the browser at once, each with its own progress bar. The form sends
 * the uploaded files' keys (see use-attachment-form.ts). Without JavaScript nothing can be
 * uploaded, and the field says so (a <noscript> would not show where scripts are merely blocked).
 */
export function UploadThingAttachmentsField({
  id,
  hint,
  error,
  form,
  submissionKey,
}: {
  id: string;
  hint: string;
  error?: string;
  form: UploadForm;
  submissionKey: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<Progress[]>([]);
  const [problem, setProblem] = useState<string>();
  // Until the page's script runs, a chosen file could not be uploaded: say so instead.
  const [scripted, setScripted] = useState(false);
  useEffect(() => {
    setScripted(true);
    const element = input.current;
    return () => forget(element);
  }, []);

  const onChange = () => {
    const element = input.current;
    if (!element?.form) return;
    const files = [...(element.files ?? [])];
    const chosen = files.map((file) => ({ name: file.name, size: file.size }));
    const refusal = attachmentProblem(chosen);
    setProblem(refusal ?? undefined);
    setProgress(files.map((file) => ({ id: crypto.randomUUID(), name: file.name, percent: 0 })));
    if (files.length === 0) return forget(element);

    let keys: string[] = [];
    let failure: string | undefined;
    const settled = refusal
      ? Promise.resolve()
      : loadUploader()
          .then((uploadFiles) =>
            uploadFiles("attachments", {
              files,
              input: { form, submissionKey },
              onUploadProgress: ({ file, progress: percent }) =>
                setProgress((all) =>
                  all.map((entry, index) =>
                    files[index] === file ? { ...entry, percent: Math.round(percent) } : entry,
                  ),
                ),
            }),
          )
          .then(
            (uploaded) => {
              keys = uploaded.map((file) => file.key);
              setProgress((all) => all.map((entry) => ({ ...entry, percent: 100 })));
            },
            (thrown: unknown) => {
              failure = uploadFailure(thrown);
              setProblem(failure);
            },
          );
    setAttachmentUploads(element.form, {
      chosen,
      settled,
      keys: () => keys,
      refused: () => (refusal ? chosen : []),
      failure: () => failure,
    });
  };

  return (
    <FormField id={id} label="Attachments (optional)" hint={hint} error={problem ?? error}>
      {(describedBy, invalid) => (
        <>
          {!scripted && (
            <p className="text-sm font-medium text-slate-900">
              Attaching files needs JavaScript in this browser. You can send the form without them.
            </p>
          )}
          <input
            ref={input}
            id={id}
            type="file"
            multiple
            accept={acceptedExtensions.join(",")}
            onChange={onChange}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className="text-slate-900 file:mr-3 file:rounded-md file:border-0 file:bg-slate-200 file:px-3 file:py-2"
          />
          {!problem && progress.length > 0 && (
            <ul className="flex flex-col gap-1 text-sm">
              {progress.map((file) => (
                <li key={file.id} className="flex items-center gap-2">
                  <progress
                    value={file.percent}
                    max={100}
                    aria-label={`Uploading ${file.name}`}
                    className="w-40"
                  />
                  <span>
                    {file.name}: {file.percent === 100 ? "uploaded" : `${file.percent}%`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </FormField>
  );
}

function forget(element: HTMLInputElement | null) {
  if (element?.form) setAttachmentUploads(element.form, null);
}

/** The route's refusals are written for people (see upload-router.ts); other errors are not. */
function uploadFailure(thrown: unknown): string {
  const refused =
    thrown instanceof Error &&
    "code" in thrown &&
    (thrown.code === "BAD_REQUEST" || thrown.code === "FORBIDDEN");
  return refused ? thrown.message : "The files could not be uploaded. Choose them again.";
}
