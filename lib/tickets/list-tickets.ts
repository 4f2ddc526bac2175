import "server-only";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { tickets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { visibleTickets } from "./ticket-access";
import { type TicketListQuery, type TicketStatus, ticketsPerPage } from "./ticket-list-query";
import { ticketSearchCondition } from "./ticket-search";

export interface TicketListItem {
  id: string;
  reference: string;
  subject: string;
  status: TicketStatus;
  createdAt: Date;
  lastActivityAt: Date;
  /** Who sent it, by name or else address: a manager's list mixes the members' tickets. */
  requester: string;
}

export interface TicketListPage {
  tickets: TicketListItem[];
  total: number;
  pages: number;
}

/**
 * One page of the tickets an actor may see, filtered, searched and sorted as the query says.
 * Two queries whatever the page holds; ties are broken by id so pages never overlap.
 */
export async function listTickets(actor: Actor, query: TicketListQuery): Promise<TicketListPage> {
  const where = and(
    visibleTickets(actor, query.scope),
    query.status === "all" ? undefined : eq(tickets.status, query.status),
    ticketSearchCondition(query.q),
  );
  const direction = query.order === "asc" ? asc : desc;
  const sortColumn = query.sort === "created" ? tickets.createdAt : tickets.lastActivityAt;
  const db = await getDb();

  const [rows, [counted]] = await Promise.all([
    db
      .select({
        id: tickets.id,
        reference: tickets.reference,
        subject: tickets.subject,
        status: tickets.status,
        createdAt: tickets.createdAt,
        lastActivityAt: tickets.lastActivityAt,
        requester: sql<string>`coalesce(nullif(${users.name}, ''), ${users.email})`,
      })
      .from(tickets)
      .innerJoin(users, eq(users.id, tickets.requesterId))
      .where(where)
      .orderBy(direction(sortColumn), direction(tickets.id))
      .limit(ticketsPerPage)
      .offset((query.page - 1) * ticketsPerPage),
    db.select({ total: count() }).from(tickets).where(where),
  ]);
  const total = counted?.total ?? 0;
  return { tickets: rows, total, pages: Math.max(1, Math.ceil(total / ticketsPerPage)) };
}
