import "server-only";
import { eq, or, type SQL, sql } from "drizzle-orm";
import { tickets } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";

/** Which tickets a list shows: the actor's own, or all they may see. */
export type TicketScope = "mine" | "all";

/**
 * The one rule for which tickets an actor may see, as a query condition: a ticket outside it
 * does not exist for them. Customers see the tickets sent from their address; an
 * organisation's managers also see every ticket of the organisation; agents see all tickets.
 */
export function visibleTickets(actor: Actor, scope: TicketScope = "all"): SQL {
  if (actor.kind === "agent")
    return scope === "all" ? sql`true` : eq(tickets.assigneeId, actor.userId);
  if (actor.kind !== "customer") return sql`false`;

  const own = eq(tickets.requesterId, actor.userId);
  const { membership } = actor;
  if (scope === "mine" || membership?.role !== "manager") return own;
  return or(own, eq(tickets.organisationId, membership.organisationId)) ?? own;
}
