import type { TicketAttachment } from "@/lib/tickets/get-ticket";

const kilobytes = (bytes: number) =>
  `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en")} KB`;

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
          <span className="text-slate-600">({kilobytes(file.size)})</span>
        </li>
      ))}
    </ul>
  );
}
