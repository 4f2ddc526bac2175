import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { staffMembers, ticketEvents, tickets } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { normaliseReference } from "@/lib/tickets/reference";
import { ticketStatuses } from "@/lib/tickets/ticket-list-query";
import { agentOnly } from "./agent-only";
import { ticketPriorities } from "./staff-ticket-query";

export const ticketChangesInput = z.object({
  status: z.enum(ticketStatuses, { error: "Choose a status from the list." }),
  priority: z.enum(ticketPriorities, { error: "Choose a priority from the list." }),
  /** A staff member's user id, or "" for nobody. */
  assigneeId: z.string().max(100),
});

/** What a form sends; every field is checked here. */
export type TicketChanges = Record<keyof z.input<typeof ticketChangesInput>, string>;

/**
 * Sets a ticket's status, priority and assignee; each field that changes is recorded in the
 * ticket's history with who changed it, in the same transaction. The assignee must be an
 * active member of the support team. Returns false for a ticket that does not exist.
 */
export async function changeTicket(
  actor: Actor,
  referenceText: string,
  changes: TicketChanges,
): Promise<boolean> {
  const agent = agentOnly(actor);
  const parsed = ticketChangesInput.safeParse(changes);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Check the ticket's fields.";
    throw new AppError("invalid_input", "Bad ticket changes", message);
  }
  const wanted = { ...parsed.data, assigneeId: parsed.data.assigneeId || null };
  const reference = normaliseReference(referenceText);
  if (!reference) return false;
  const db = await getDb();

  return db.transaction(async (tx) => {
    const [ticket] = await tx
      .select()
      .from(tickets)
      .where(eq(tickets.reference, reference))
      .for("update");
    if (!ticket) return false;
    if (wanted.assigneeId && wanted.assigneeId !== ticket.assigneeId) {
      const [staff] = await tx
        .select({ userId: staffMembers.userId })
        .from(staffMembers)
        .where(and(eq(staffMembers.userId, wanted.assigneeId), isNull(staffMembers.deactivatedAt)));
      if (!staff) {
        throw new AppError(
          "invalid_input",
          "Assignee is not an active staff member",
          "Choose someone from the support team.",
        );
      }
    }
    const fields = (["status", "priority", "assigneeId"] as const).filter(
      (field) => wanted[field] !== ticket[field],
    );
    if (fields.length === 0) return true;
    await tx
      .update(tickets)
      .set({ ...wanted, updatedAt: sql`now()` })
      .where(eq(tickets.id, ticket.id));
    await tx.insert(ticketEvents).values(
      fields.map((field) => ({
        ticketId: ticket.id,
        actorId: agent.userId,
        field: field === "assigneeId" ? "assignee" : field,
        fromValue: ticket[field],
        toValue: wanted[field],
      })),
    );
    log.info("ticket.changed", {
      ticketId: ticket.id,
      userId: agent.userId,
      fields: fields.join(","),
    });
    return true;
  });
}
