import "server-only";
import { and, asc, count, desc, eq, isNull, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisations, tickets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { type TicketStatus, ticketStatuses, ticketsPerPage } from "@/lib/tickets/ticket-list-query";
import { ticketSearchCondition } from "@/lib/tickets/ticket-search";
import { agentOnly } from "./agent-only";
import type { StaffTicketQuery } from "./staff-ticket-query";

/** The queue's conditions other than status, so the counts per status follow the filters. */
function queueFilters(agentId: string, query: StaffTicketQuery): (SQL | undefined)[] {
  return [
    query.priority === "all" ? undefined : eq(tickets.priority, query.priority),
    query.assignee === "me"
      ? eq(tickets.assigneeId, agentId)
      : query.assignee === "unassigned"
        ? isNull(tickets.assigneeId)
        : undefined,
    query.organisation === "" ? undefined : eq(tickets.organisationId, query.organisation),
    query.category === "" ? undefined : eq(tickets.category, query.category),
    ticketSearchCondition(query.q, true),
  ];
}

/**
 * One page of the staff queue: every ticket, filtered, searched and sorted as the URL says, with
 * the count per status. Ties are broken by id so pages never overlap. The total comes from the
 * counts per status, which already follow every other filter: one pass over the tickets, not two.
 */
export async function listStaffTickets(actor: Actor, query: StaffTicketQuery) {
  const agent = agentOnly(actor);
  const filters = queueFilters(agent.userId, query);
  const where = and(
    ...filters,
    query.status === "all" ? undefined : eq(tickets.status, query.status),
  );
  const direction = query.order === "asc" ? asc : desc;
  const sortColumn = query.sort === "created" ? tickets.createdAt : tickets.lastActivityAt;
  const db = await getDb();

  const [rows, perStatus] = await Promise.all([
    db
      .select({
        id: tickets.id,
        reference: tickets.reference,
        subject: tickets.subject,
        status: tickets.status,
        priority: tickets.priority,
        category: tickets.category,
        requester: users.email,
        organisation: organisations.name,
        assigneeId: tickets.assigneeId,
        lastActivityAt: tickets.lastActivityAt,
      })
      .from(tickets)
      .innerJoin(users, eq(users.id, tickets.requesterId))
      .leftJoin(organisations, eq(organisations.id, tickets.organisationId))
      .where(where)
      .orderBy(direction(sortColumn), direction(tickets.id))
      .limit(ticketsPerPage)
      .offset((query.page - 1) * ticketsPerPage),
    db
      .select({ status: tickets.status, total: count() })
      .from(tickets)
      .where(and(...filters))
      .groupBy(tickets.status),
  ]);
  const counts = Object.fromEntries(ticketStatuses.map((status) => [status, 0])) as Record<
    TicketStatus,
    number
  >;
  for (const row of perStatus) counts[row.status] = row.total;
  const total =
    query.status === "all"
      ? Object.values(counts).reduce((sum, each) => sum + each, 0)
      : counts[query.status];
  return { tickets: rows, total, pages: Math.max(1, Math.ceil(total / ticketsPerPage)), counts };
}

export type StaffQueueRow = Awaited<ReturnType<typeof listStaffTickets>>["tickets"][number];
