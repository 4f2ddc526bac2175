import "server-only";
import { eq, type SQL, sql } from "drizzle-orm";
import { tickets } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";

/**
 * The one rule for which tickets an actor may see, as a query condition: a ticket outside it
 * does not exist for them. Customers see the tickets sent from their address.
 */
export function visibleTickets(actor: Actor): SQL {
  if (actor.kind === "customer") return eq(tickets.requesterId, actor.userId);
  return sql`false`;
}
