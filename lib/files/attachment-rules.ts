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

export function describeAttachmentRules(): string {
  const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`;
  return `Up to ${attachmentRules.maxFiles} files, ${megabytes(attachmentRules.maxFileBytes)} each, ${megabytes(attachmentRules.maxTotalBytes)} in total. Accepted: ${Object.keys(attachmentRules.types).join(", ")}.`;
}

export function extensionOf(name: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name.trim());
  return match?.[1]?.toLowerCase() ?? "";
}
