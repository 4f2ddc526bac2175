import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { staffStatusLabels } from "@/components/staff/staff-labels";
import { StaffQueueFilters } from "@/components/staff/staff-queue-filters";
import { StaffQueueTable } from "@/components/staff/staff-queue-table";
import { listStaffMembers } from "@/lib/staff/list-staff-members";
import { listStaffTickets } from "@/lib/staff/list-staff-tickets";
import { queueOptions } from "@/lib/staff/queue-options";
import { requireAgent } from "@/lib/staff/require-agent";
import { parseStaffTicketQuery, staffTicketSearch } from "@/lib/staff/staff-ticket-query";

export const metadata: Metadata = { title: "Queue · Staff console" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffQueuePage({ searchParams }: Props) {
  const agent = await requireAgent();
  const query = parseStaffTicketQuery(await searchParams);
  const [queue, options, team] = await Promise.all([
    listStaffTickets(agent, query),
    queueOptions(agent),
    listStaffMembers(agent),
  ]);
  const assigneeNames = new Map(team.map((member) => [member.userId, member.name]));

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Queue</h1>
      <ul aria-label="Tickets per status" className="flex flex-wrap gap-3 text-sm">
        {Object.entries(staffStatusLabels).map(([status, label]) => (
          <li key={status}>
            <Link href={`/staff${staffTicketSearch(query, { status: status as never, page: 1 })}`}>
              {label}: {queue.counts[status as keyof typeof queue.counts]}
            </Link>
          </li>
        ))}
      </ul>
      <StaffQueueFilters query={query} {...options} />
      <p role="status" className="text-sm text-slate-700">
        {queue.total === 1 ? "1 ticket" : `${queue.total} tickets`}
        {" · "}
        <Link href="/staff">Clear filters</Link>
      </p>
      {queue.tickets.length > 0 ? (
        <StaffQueueTable
          tickets={queue.tickets}
          caption={`Queue, page ${query.page} of ${queue.pages}`}
          assigneeNames={assigneeNames}
        />
      ) : (
        <p className="rounded-lg border border-slate-200 bg-white p-5">No tickets here.</p>
      )}
      <Pagination
        page={query.page}
        pages={queue.pages}
        hrefFor={(page) => `/staff${staffTicketSearch(query, { page })}`}
      />
    </div>
  );
}
