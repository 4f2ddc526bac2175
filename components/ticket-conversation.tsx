import type { TicketMessage } from "@/lib/tickets/get-ticket";
import { LocalTime } from "./local-time";
import { MessageAttachments } from "./message-attachments";
import { UserText } from "./user-text";

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
            <MessageAttachments files={message.attachments} />
          </article>
        </li>
      ))}
    </ol>
  );
}
