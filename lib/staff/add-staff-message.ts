import "server-only";
import { and, desc, eq, ne, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { messages, ticketEvents, tickets, users } from "@/db/schema";
import { isUniqueViolation } from "@/db/unique-violation";
import type { Actor } from "@/lib/auth/current-actor";
import { getConfig } from "@/lib/config/config";
import {
  attachmentCount,
  type NewAttachments,
  withAttachments,
} from "@/lib/files/with-attachments";
import { log } from "@/lib/log";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { normaliseReference } from "@/lib/tickets/reference";
import { agentOnly } from "./agent-only";

export interface StaffMessage {
  reference: string;
  body: string;
  internal: boolean;
  submissionKey: string;
  /** The newest message when the agent opened the page ("" for none). */
  seenLastMessageId: string;
  /** The agent was told about newer messages and sends anyway. */
  sendAnyway: boolean;
}

export type StaffMessageResult =
  | { outcome: "sent" | "already_sent" }
  | { outcome: "not_found" }
  | { outcome: "someone_replied"; lastMessageId: string };

/**
 * An agent's public reply or internal note, with attachments, in one transaction. A public reply
 * emails the requester through the outbox; an internal note emails nobody. If someone else wrote
 * on the ticket since the agent's page was opened, nothing is sent until they confirm.
 */
export async function addStaffMessage(
  actor: Actor,
  message: StaffMessage,
  files: NewAttachments,
): Promise<StaffMessageResult> {
  const agent = agentOnly(actor);
  const reference = normaliseReference(message.reference);
  const db = await getDb();
  const [ticket] = reference
    ? await db
        .select({ id: tickets.id, subject: tickets.subject, requester: users.email })
        .from(tickets)
        .innerJoin(users, eq(users.id, tickets.requesterId))
        .where(eq(tickets.reference, reference))
    : [];
  if (!ticket || !reference) return { outcome: "not_found" };
  const [earlier] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(eq(messages.submissionKey, message.submissionKey));
  if (earlier) return { outcome: "already_sent" };

  const [newest] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.ticketId, ticket.id), ne(messages.authorId, agent.userId)))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(1);
  if (newest && newest.id !== message.seenLastMessageId && !message.sendAnyway) {
    return { outcome: "someone_replied", lastMessageId: newest.id };
  }

  try {
    await withAttachments(files, (record) =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(messages)
          .values({
            ticketId: ticket.id,
            authorId: agent.userId,
            body: message.body,
            internal: message.internal,
            submissionKey: message.submissionKey,
          })
          .returning({ id: messages.id });
        if (!row) throw new Error("Insert of a staff message returned no row");
        await record(tx, { ticketId: ticket.id, messageId: row.id });
        // A note is no activity the customer can see: their list would show when it was written.
        await tx
          .update(tickets)
          .set(
            message.internal
              ? { updatedAt: sql`now()` }
              : { lastActivityAt: sql`now()`, updatedAt: sql`now()` },
          )
          .where(eq(tickets.id, ticket.id));
        if (message.internal) return;
        await handToCustomer(tx, ticket.id, agent.userId);
        await enqueueEmail(tx, {
          recipient: ticket.requester,
          template: "ticket_reply",
          data: {
            reference,
            subject: ticket.subject,
            ticketUrl: `${getConfig().appUrl}/my-tickets/${reference}`,
          },
        });
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error, "messages_submission_key_unique"))
      return { outcome: "already_sent" };
    throw error;
  }
  log.info("ticket.staff_message", {
    ticketId: ticket.id,
    userId: agent.userId,
    internal: message.internal,
    files: attachmentCount(files),
  });
  return { outcome: "sent" };
}

/** A public reply to an open ticket leaves it awaiting the customer, as its history records. */
async function handToCustomer(tx: Transaction, ticketId: string, agentId: string) {
  const handed = await tx
    .update(tickets)
    .set({ status: "awaiting_customer" })
    .where(and(eq(tickets.id, ticketId), eq(tickets.status, "open")))
    .returning({ id: tickets.id });
  if (handed.length === 0) return;
  await tx.insert(ticketEvents).values({
    ticketId,
    actorId: agentId,
    field: "status",
    fromValue: "open",
    toValue: "awaiting_customer",
  });
}
