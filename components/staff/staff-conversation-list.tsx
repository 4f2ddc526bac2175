import { MessageAttachments } from "@/components/message-attachments";
import type { StaffTicketMessage } from "@/lib/staff/staff-conversation";
import { LocalTime } from "../local-time";
import { UserText } from "../user-text";

/** The whole conversation for the support team; internal notes are marked and tinted. */
export function StaffConversationList({ messages }: { messages: StaffTicketMessage[] }) {
  return (
    <ol className="flex flex-col gap-4" aria-label="Conversation">
      {messages.map((message) => (
        <li
          key={message.id}
          className={`rounded-lg border p-4 shadow-sm ${
            message.internal ? "border-amber-400 bg-amber-50" : "border-slate-200 bg-white"
          }`}
        >
          <article
            aria-label={`${message.internal ? "Internal note" : "Message"} from ${message.authorName}`}
          >
            <header className="mb-2 flex flex-wrap justify-between gap-2 text-sm text-slate-700">
              <span className="font-semibold text-slate-900">
                {message.authorName}
                {message.internal && (
                  <span className="ml-2 rounded bg-amber-200 px-2 py-0.5 text-xs font-bold uppercase">
                    Internal note
                  </span>
                )}
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
