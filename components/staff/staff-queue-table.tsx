import Link from "next/link";
import type { StaffQueueRow } from "@/lib/staff/list-staff-tickets";
import { LocalTime } from "../local-time";
import { priorityLabels, staffStatusLabels } from "./staff-labels";

/** One page of the staff queue. */
export function StaffQueueTable({
  tickets,
  caption,
  assigneeNames,
}: {
  tickets: StaffQueueRow[];
  caption: string;
  assigneeNames: Map<string, string>;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {[
              "Reference",
              "Subject",
              "Requester",
              "Status",
              "Priority",
              "Assignee",
              "Activity",
            ].map((heading) => (
              <th key={heading} scope="col" className="px-3 py-2 font-semibold">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket) => (
            <tr key={ticket.id} className="border-t border-slate-100">
              <td className="px-3 py-2 font-mono">
                <Link href={`/staff/tickets/${ticket.reference}`}>{ticket.reference}</Link>
              </td>
              <td className="px-3 py-2 break-words" dir="auto">
                {ticket.subject}
              </td>
              <td className="px-3 py-2 break-words">
                {ticket.requester}
                {ticket.organisation && (
                  <span className="block text-slate-600">{ticket.organisation}</span>
                )}
              </td>
              <td className="px-3 py-2">{staffStatusLabels[ticket.status]}</td>
              <td className="px-3 py-2">{priorityLabels[ticket.priority]}</td>
              <td className="px-3 py-2">
                {ticket.assigneeId ? (assigneeNames.get(ticket.assigneeId) ?? "—") : "Unassigned"}
              </td>
              <td className="px-3 py-2">
                <LocalTime iso={ticket.lastActivityAt.toISOString()} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
