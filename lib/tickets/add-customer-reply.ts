import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { messages, tickets, users } from "@/db/schema";
import { isUniqueViolation } from "@/db/unique-violation";
import type { Customer } from "@/lib/auth/current-actor";
import { getConfig } from "@/lib/config/config";
import { AppError } from "@/lib/errors";
import {
  attachmentCount,
  type NewAttachments,
  withAttachments,
} from "@/lib/files/with-attachments";
import { log } from "@/lib/log";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { notifyStaff } from "@/lib/staff/notify-staff";
import { findVisibleTicket } from "./find-visible-ticket";

export interface CustomerReply {
  reference: string;
  body: string;
  submissionKey: string;
}

/**
 * Adds a customer's reply to a ticket they may see, with its attachments, in one transaction.
 * The ticket then waits for support again; a resolved or closed ticket is reopened. When a
 * manager answers a member's ticket, the member is emailed as for a reply from support. Returns
 * null when the ticket is not one of theirs. A retried submission stores the reply once.
 */
export async function addCustomerReply(
  customer: Customer,
  reply: CustomerReply,
  files: NewAttachments,
): Promise<{ ticketId: string; created: boolean } | null> {
  const ticket = await findVisibleTicket(customer, reply.reference);
  if (!ticket) return null;
  if (await replyExists(reply.submissionKey, ticket.id, customer.userId)) {
    return { ticketId: ticket.id, created: false };
  }

  const db = await getDb();
  try {
    await withAttachments(files, (record) =>
      db.transaction(async (tx) => {
        const [message] = await tx
          .insert(messages)
          .values({
            ticketId: ticket.id,
            authorId: customer.userId,
            body: reply.body,
            submissionKey: reply.submissionKey,
          })
          .returning({ id: messages.id });
        if (!message) throw new Error("Insert of a reply returned no row");
        await record(tx, { ticketId: ticket.id, messageId: message.id });
        await tx
          .update(tickets)
          .set({ status: "open", lastActivityAt: sql`now()`, updatedAt: sql`now()` })
          .where(eq(tickets.id, ticket.id));
        await notifyStaff(tx, ticket.id, "customer_reply");
        await notifyRequester(tx, ticket, customer);
      }),
    );
  } catch (error) {
    if (!isUniqueViolation(error, "messages_submission_key_unique")) throw error;
    if (await replyExists(reply.submissionKey, ticket.id, customer.userId)) {
      return { ticketId: ticket.id, created: false };
    }
    throw error;
  }
  log.info("ticket.replied", {
    ticketId: ticket.id,
    userId: customer.userId,
    files: attachmentCount(files),
  });
  return { ticketId: ticket.id, created: true };
}

async function replyExists(submissionKey: string, ticketId: string, authorId: string) {
  const db = await getDb();
  const [message] = await db
    .select({ ticketId: messages.ticketId, authorId: messages.authorId })
    .from(messages)
    .where(eq(messages.submissionKey, submissionKey));
  if (!message) return false;
  if (message.ticketId !== ticketId || message.authorId !== authorId) {
    throw new AppError(
      "conflict",
      "Reply submission key reused elsewhere",
      "This form was already sent. Reload the page to write a new reply.",
    );
  }
  return true;
}

/** Emails the requester when someone else, a manager of their organisation, replied. */
async function notifyRequester(
  tx: Transaction,
  ticket: { id: string; reference: string },
  replier: Customer,
) {
  const [requester] = await tx
    .select({ id: users.id, email: users.email, subject: tickets.subject })
    .from(tickets)
    .innerJoin(users, eq(users.id, tickets.requesterId))
    .where(eq(tickets.id, ticket.id));
  if (!requester || requester.id === replier.userId) return;
  await enqueueEmail(tx, {
    recipient: requester.email,
    template: "ticket_reply",
    data: {
      reference: ticket.reference,
      subject: requester.subject,
      ticketUrl: `${getConfig().appUrl}/my-tickets/${ticket.reference}`,
      replier: replier.name || replier.email,
    },
  });
}
