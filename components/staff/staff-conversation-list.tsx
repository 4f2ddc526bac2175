import type { StaffTicketMessage } from "@/lib/staff/staff-conversation";
import { LocalTime } from "../local-time";
import { UserText } from "../user-text";

const kilobytes = (bytes: number) =>
  `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en")} KB`;

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
            {message.attachments.length > 0 && (
              <ul
                className="mt-3 flex flex-col gap-1 border-t pt-3 text-sm"
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
