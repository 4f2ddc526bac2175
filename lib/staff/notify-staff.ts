import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { staffMembers, tickets, users } from "@/db/schema";
import { getConfig } from "@/lib/config/config";
import { enqueueEmail } from "@/lib/mail/enqueue-email";

/**
 * Tells the support team, through the outbox and inside the caller's transaction, that a ticket
 * needs them: its active assignee, or every active agent while nobody (active) has it.
 */
export async function notifyStaff(
  tx: Transaction,
  ticketId: string,
  event: "new_ticket" | "customer_reply",
): Promise<void> {
  const [ticket] = await tx
    .select({ reference: tickets.reference, subject: tickets.subject, assignee: users.email })
    .from(tickets)
    .leftJoin(
      staffMembers,
      and(eq(staffMembers.userId, tickets.assigneeId), isNull(staffMembers.deactivatedAt)),
    )
    .leftJoin(users, eq(users.id, staffMembers.userId))
    .where(eq(tickets.id, ticketId));
  if (!ticket) return;

  const recipients = ticket.assignee
    ? [ticket.assignee]
    : (
        await tx
          .select({ email: users.email })
          .from(staffMembers)
          .innerJoin(users, eq(users.id, staffMembers.userId))
          .where(isNull(staffMembers.deactivatedAt))
      ).map((row) => row.email);

  const ticketUrl = `${getConfig().appUrl}/staff/tickets/${ticket.reference}`;
  for (const recipient of recipients) {
    await enqueueEmail(tx, {
      recipient,
      template: "staff_ticket_activity",
      data: { event, reference: ticket.reference, subject: ticket.subject, ticketUrl },
    });
  }
}
