import { formatFileSize } from "@/lib/files/file-size";
import type { TicketAttachment } from "@/lib/tickets/get-ticket";

/** A message's attachments as download links with their sizes. */
export function MessageAttachments({ files }: { files: TicketAttachment[] }) {
  if (files.length === 0) return null;
  return (
    <ul
      className="mt-3 flex flex-col gap-1 border-t border-slate-100 pt-3 text-sm"
      aria-label="Attachments"
    >
      {files.map((file) => (
        <li key={file.id}>
          <a href={`/attachments/${file.id}`} download className="underline" dir="auto">
            {file.name}
          </a>{" "}
          <span className="text-slate-600">({formatFileSize(file.size)})</span>
        </li>
      ))}
    </ul>
  );
}
