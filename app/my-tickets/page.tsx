import type { Metadata } from "next";
import Link from "next/link";
import { MyTicketsTable } from "@/components/my-tickets-table";
import { Pagination } from "@/components/pagination";
import { TicketFilters } from "@/components/ticket-filters";
import { requireCustomer } from "@/lib/auth/current-actor";
import { listTickets } from "@/lib/tickets/list-tickets";
import { parseTicketListQuery, ticketListSearch } from "@/lib/tickets/ticket-list-query";

export const metadata: Metadata = { title: "My Tickets" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MyTicketsPage({ searchParams }: Props) {
  const params = await searchParams;
  const customer = await requireCustomer(`/my-tickets${searchOf(params)}`);
  const query = parseTicketListQuery(params);
  const { tickets, total, pages } = await listTickets(customer, query);
  const manager = customer.membership?.role === "manager";
  const organisationView = manager && query.scope === "all";
  const filtered = query.status !== "all" || query.q !== "" || (manager && query.scope === "mine");

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">My Tickets</h1>
        <p className="text-slate-700">
          {manager ? (
            <>
              The tickets sent from <span className="break-all">{customer.email}</span> and, as a
              Manager, every ticket of your organisation.
            </>
          ) : (
            <>
              The tickets sent from <span className="break-all">{customer.email}</span>.
            </>
          )}
        </p>
      </div>
      {total === 0 && !filtered ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5">
          You have no tickets yet. When something needs our attention,{" "}
          <Link href="/tickets/new">submit a ticket</Link> and it will appear here.
        </p>
      ) : (
        <>
          <TicketFilters query={query} organisationScope={manager} />
          <p role="status" className="text-sm text-slate-700">
            {total === 1 ? "1 ticket" : `${total} tickets`}
            {filtered ? " match" : ""}
            {filtered && (
              <>
                {" · "}
                <Link href="/my-tickets">Show all tickets</Link>
              </>
            )}
          </p>
          {tickets.length > 0 ? (
            <MyTicketsTable
              tickets={tickets}
              caption={`${organisationView ? "Your organisation's tickets" : "Your tickets"}, page ${query.page} of ${pages}`}
              showRequester={organisationView}
            />
          ) : (
            <p className="rounded-lg border border-slate-200 bg-white p-5">
              No tickets on this page.
            </p>
          )}
          <Pagination
            page={query.page}
            pages={pages}
            hrefFor={(page) => `/my-tickets${ticketListSearch(query, { page })}`}
          />
        </>
      )}
    </div>
  );
}

function searchOf(params: Record<string, string | string[] | undefined>) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string") search.set(name, value);
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}
