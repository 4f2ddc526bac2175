import type { TicketMessage } from "@/lib/tickets/get-ticket";
import { LocalTime } from "./local-time";
import { UserText } from "./user-text";

const kilobytes = (bytes: number) =>
  `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en")} KB`;

/** A ticket's public messages in order, each with its author, time and attachments. */
export function TicketConversation({
  messages,
  viewerId,
}: {
  messages: TicketMessage[];
  viewerId: string;
}) {
  return (
    <ol className="flex flex-col gap-4" aria-label="Conversation">
      {messages.map((message) => (
        <li key={message.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <article
            aria-label={`Message from ${message.authorId === viewerId ? "you" : message.authorName}`}
          >
            <header className="mb-2 flex flex-wrap justify-between gap-2 text-sm text-slate-700">
              <span className="font-semibold text-slate-900">
                {message.authorId === viewerId ? "You" : message.authorName}
              </span>
              <LocalTime iso={message.createdAt.toISOString()} />
            </header>
            <UserText text={message.body} />
            {message.attachments.length > 0 && (
              <ul
                className="mt-3 flex flex-col gap-1 border-t border-slate-100 pt-3 text-sm"
                aria-label="Attachments"
              >
                {message.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={`/attachments/${file.id}`} download className="underline" dir="auto">
                      {file.name}
                    </a>{" "}
                    <span className="text-slate-600">({kilobytes(file.size)})</span>
                  </li>
                ))}
              </ul>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
