import "server-only";
import { createUploadthing, type FileRouter } from "uploadthing/next";
import { UploadThingError } from "uploadthing/server";
import { z } from "zod";
import { actorFromRequest } from "@/lib/auth/actor-from-request";
import type { Actor } from "@/lib/auth/current-actor";
import { attachmentProblem, attachmentRules } from "./attachment-rules";
import { recordCompletedUpload } from "./record-completed-upload";
import { isUploader, type Uploader } from "./uploader";
import { displayName } from "./validate-attachments";

/** Which form the files are chosen on, and that form's submission key. */
export const uploadInput = z.object({
  form: z.enum(["ticket", "reply", "staff"]),
  submissionKey: z.uuid(),
});

export type UploadForm = z.infer<typeof uploadInput>["form"];

const cannotUpload = "The files could not be uploaded. Choose them again.";

/** An answer for the person uploading, in the form's words; marked so that it reaches them. */
const refuse = (code: "BAD_REQUEST" | "FORBIDDEN", message: string) =>
  new UploadThingError({ code, message, data: { refusal: true } });

// Only refusals written for people reach the browser; anything else reads as one sentence.
const upload = createUploadthing({
  errorFormatter: (error) => ({
    message: (error.data as { refusal?: boolean } | undefined)?.refusal
      ? error.message
      : cannotUpload,
  }),
});

/**
 * The one file route, `attachments`. Its middleware decides who uploads, with the same rules as
 * the form the files are for, and applies the attachment rules before UploadThing is asked for
 * upload URLs. UploadThing's own size limit only allows powers of two, so it is set above ours.
 */
export const uploadRouter = {
  attachments: upload(
    {
      blob: {
        maxFileSize: "16MB",
        maxFileCount: attachmentRules.maxFiles,
        acl: "private",
        contentDisposition: "attachment",
      },
    },
    { awaitServerData: true },
  )
    .input(uploadInput)
    .middleware(async ({ req, files, input }) => {
      const uploader = uploaderFor(await actorFromRequest(req), input);
      const problem = attachmentProblem(
        files.map((file) => ({ name: displayName(file.name), size: file.size })),
      );
      if (problem) throw refuse("BAD_REQUEST", problem);
      return uploader;
    })
    .onUploadComplete(async ({ metadata, file }) => {
      if (!isUploader(metadata)) throw new Error("Upload completed without an uploader");
      await recordCompletedUpload(metadata, file);
      return { key: file.key };
    }),
} satisfies FileRouter;

export type UploadRouter = typeof uploadRouter;

/** Who may upload for the form: refused with an UploadThingError the browser shows. */
export function uploaderFor(actor: Actor, input: z.infer<typeof uploadInput>): Uploader {
  if (input.form === "reply") {
    if (actor.kind === "customer") return { userId: actor.userId };
    throw refuse("FORBIDDEN", "Your session has ended. Sign in again to attach files.");
  }
  if (input.form === "staff") {
    if (actor.kind === "agent") return { userId: actor.userId };
    throw refuse("FORBIDDEN", "Only the support team can attach files here. Sign in again.");
  }
  // Submitting a ticket is open to guests: their files belong to this one form.
  return actor.kind === "customer" ? { userId: actor.userId } : { sessionId: input.submissionKey };
}
