import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { tickets } from "@/db/schema";
import type { Customer } from "@/lib/auth/current-actor";
import { log } from "@/lib/log";
import { findVisibleTicket } from "./find-visible-ticket";

/** Closes a ticket the customer may see. Returns false when it is not one of theirs. */
export async function closeTicket(customer: Customer, reference: string): Promise<boolean> {
  const ticket = await findVisibleTicket(customer, reference);
  if (!ticket) return false;
  const db = await getDb();
  await db
    .update(tickets)
    .set({ status: "closed", updatedAt: sql`now()`, lastActivityAt: sql`now()` })
    .where(and(eq(tickets.id, ticket.id), ne(tickets.status, "closed")));
  log.info("ticket.closed", { ticketId: ticket.id, userId: customer.userId });
  return true;
}
