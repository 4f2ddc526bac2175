import Link from "next/link";
import type { TicketListItem } from "@/lib/tickets/list-tickets";
import { LocalTime } from "./local-time";
import { ticketStatusLabels, waitingOnLabels } from "./ticket-status";

const headerClass = "px-4 py-2 font-semibold";

/**
 * A page of tickets: reference, subject (a link), status, who it waits for, last activity, and
 * for a manager's view of the organisation, who sent each.
 */
export function MyTicketsTable({
  tickets,
  caption,
  showRequester,
}: {
  tickets: TicketListItem[];
  caption: string;
  showRequester: boolean;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-100 text-sm text-slate-700">
          <tr>
            <th scope="col" className={headerClass}>
              Reference
            </th>
            <th scope="col" className={headerClass}>
              Subject
            </th>
            {showRequester && (
              <th scope="col" className={headerClass}>
                Sent by
              </th>
            )}
            <th scope="col" className={headerClass}>
              Status
            </th>
            <th scope="col" className={headerClass}>
              Waiting for
            </th>
            <th scope="col" className={headerClass}>
              Last activity
            </th>
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket) => (
            <tr key={ticket.id} className="border-b border-slate-100 last:border-0">
              <td className="whitespace-nowrap px-4 py-2 font-mono">{ticket.reference}</td>
              <th scope="row" className="px-4 py-2 font-normal break-words" dir="auto">
                <Link href={`/my-tickets/${ticket.reference}`} className="underline">
                  {ticket.subject}
                </Link>
              </th>
              {showRequester && (
                <td className="px-4 py-2 break-words" dir="auto">
                  {ticket.requester}
                </td>
              )}
              <td className="whitespace-nowrap px-4 py-2">{ticketStatusLabels[ticket.status]}</td>
              <td className="whitespace-nowrap px-4 py-2">{waitingOnLabels[ticket.status]}</td>
              <td className="whitespace-nowrap px-4 py-2 text-slate-700">
                <LocalTime iso={ticket.lastActivityAt.toISOString()} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
