import "server-only";
import { and, asc, desc, eq, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { organisations, ticketEvents, tickets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { normaliseReference } from "@/lib/tickets/reference";
import { agentOnly } from "./agent-only";
import { staffConversation } from "./staff-conversation";

const actors = alias(users, "event_actors");

/**
 * A ticket as the support team sees it: the ticket, its requester with their organisation and
 * other tickets, the whole conversation with internal notes, and its history. Null if none.
 */
export async function getStaffTicket(actor: Actor, referenceText: string) {
  agentOnly(actor);
  const reference = normaliseReference(referenceText);
  if (!reference) return null;
  const db = await getDb();

  const [row] = await db
    .select({
      ticket: tickets,
      requester: { id: users.id, name: users.name, email: users.email },
      organisation: organisations.name,
    })
    .from(tickets)
    .innerJoin(users, eq(users.id, tickets.requesterId))
    .leftJoin(organisations, eq(organisations.id, tickets.organisationId))
    .where(eq(tickets.reference, reference));
  if (!row) return null;
  const { ticket } = row;

  const [conversation, otherTickets, history] = await Promise.all([
    staffConversation(ticket.id),
    db
      .select({ reference: tickets.reference, subject: tickets.subject, status: tickets.status })
      .from(tickets)
      .where(and(eq(tickets.requesterId, ticket.requesterId), ne(tickets.id, ticket.id)))
      .orderBy(desc(tickets.lastActivityAt), desc(tickets.id))
      .limit(20),
    db
      .select({
        id: ticketEvents.id,
        field: ticketEvents.field,
        fromValue: ticketEvents.fromValue,
        toValue: ticketEvents.toValue,
        createdAt: ticketEvents.createdAt,
        actorName: actors.name,
        actorEmail: actors.email,
      })
      .from(ticketEvents)
      .leftJoin(actors, eq(actors.id, ticketEvents.actorId))
      .where(eq(ticketEvents.ticketId, ticket.id))
      .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.id)),
  ]);
  return {
    ticket,
    requester: { ...row.requester, organisation: row.organisation },
    conversation,
    otherTickets,
    history,
  };
}

export type StaffTicketView = NonNullable<Awaited<ReturnType<typeof getStaffTicket>>>;
