import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { tickets } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { normaliseReference } from "./reference";
import { visibleTickets } from "./ticket-access";

/** The id and status of a ticket the actor may see, by reference; null otherwise. */
export async function findVisibleTicket(actor: Actor, referenceText: string) {
  const reference = normaliseReference(referenceText);
  if (!reference) return null;
  const db = await getDb();
  const [ticket] = await db
    .select({ id: tickets.id, status: tickets.status, reference: tickets.reference })
    .from(tickets)
    .where(and(eq(tickets.reference, reference), visibleTickets(actor)));
  return ticket ?? null;
}
