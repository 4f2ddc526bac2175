import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { tickets } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { visibleTickets } from "./ticket-access";

export interface TicketSummary {
  id: string;
  reference: string;
  subject: string;
  status: (typeof tickets.$inferSelect)["status"];
  createdAt: Date;
  lastActivityAt: Date;
}

/** The actor's tickets, most recently active first. */
export async function listMyTickets(actor: Actor, limit = 100): Promise<TicketSummary[]> {
  const db = await getDb();
  return db
    .select({
      id: tickets.id,
      reference: tickets.reference,
      subject: tickets.subject,
      status: tickets.status,
      createdAt: tickets.createdAt,
      lastActivityAt: tickets.lastActivityAt,
    })
    .from(tickets)
    .where(visibleTickets(actor))
    .orderBy(desc(tickets.lastActivityAt), desc(tickets.id))
    .limit(limit);
}
