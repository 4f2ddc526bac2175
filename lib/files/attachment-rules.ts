/**
 * What the Submit a Ticket and reply forms accept as attachments. Shared by the server, which
 * enforces it, and the form, which states it. The stored content type comes from this table,
 * never from what the browser claims.
 */
export const attachmentRules = {
  maxFiles: 5,
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 25 * 1024 * 1024,
  types: {
    png: "image/png",
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    gif: "image/gif",
    webp: "image/webp",
    pdf: "application/pdf",
    txt: "text/plain",
    log: "text/plain",
    csv: "text/csv",
    json: "application/json",
    zip: "application/zip",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  } as Record<string, string>,
} as const;

export const acceptedExtensions = Object.keys(attachmentRules.types).map((ext) => `.${ext}`);

const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`;

export function describeAttachmentRules(): string {
  return `Up to ${attachmentRules.maxFiles} files, ${megabytes(attachmentRules.maxFileBytes)} each, ${megabytes(attachmentRules.maxTotalBytes)} in total. Accepted: ${Object.keys(attachmentRules.types).join(", ")}.`;
}

export function extensionOf(name: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name.trim());
  return match?.[1]?.toLowerCase() ?? "";
}

const label = (name: string) => (name === "" ? "A file without a name" : `“${name}”`);

type FileFacts = readonly { name: string; size: number }[];

/** What is wrong with a set of files, in words for the form, or null if they may be attached. */
export function attachmentProblem(files: FileFacts): string | null {
  for (const file of files) {
    if (!attachmentRules.types[extensionOf(file.name)]) {
      return `${label(file.name)} is not a type we accept.`;
    }
    if (file.size === 0) return `${label(file.name)} is empty.`;
  }
  return attachmentSizeProblem(files);
}

/**
 * The count and size part of the rules. The form checks it before sending, so that an upload
 * that would be refused is not sent for nothing; the server checks everything.
 */
export function attachmentSizeProblem(files: FileFacts): string | null {
  if (files.length > attachmentRules.maxFiles) {
    return `Attach at most ${attachmentRules.maxFiles} files.`;
  }
  const tooLarge = files.find((file) => file.size > attachmentRules.maxFileBytes);
  if (tooLarge) {
    return `${label(tooLarge.name)} is larger than ${megabytes(attachmentRules.maxFileBytes)}.`;
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > attachmentRules.maxTotalBytes) {
    return `Together the files are larger than ${megabytes(attachmentRules.maxTotalBytes)}.`;
  }
  return null;
}
