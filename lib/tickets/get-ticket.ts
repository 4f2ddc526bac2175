import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attachments, messages, staffMembers, tickets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { normaliseReference } from "./reference";
import { visibleTickets } from "./ticket-access";

export interface TicketAttachment {
  id: string;
  name: string;
  size: number;
}

export interface TicketMessage {
  id: string;
  body: string;
  createdAt: Date;
  authorId: string;
  authorName: string;
  attachments: TicketAttachment[];
}

/**
 * A ticket and its public conversation, if the actor may see it; otherwise null, exactly as
 * for a reference that does not exist. Three queries, however long the conversation.
 */
export async function getTicket(actor: Actor, referenceText: string) {
  const reference = normaliseReference(referenceText);
  if (!reference) return null;
  const db = await getDb();

  const [ticket] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.reference, reference), visibleTickets(actor)));
  if (!ticket) return null;

  const publicMessages = and(eq(messages.ticketId, ticket.id), eq(messages.internal, false));
  const [messageRows, attachmentRows] = await Promise.all([
    db
      .select({
        id: messages.id,
        body: messages.body,
        createdAt: messages.createdAt,
        authorId: messages.authorId,
        authorName: users.name,
        authorEmail: users.email,
        authorStaffId: staffMembers.userId,
      })
      .from(messages)
      .innerJoin(users, eq(users.id, messages.authorId))
      .leftJoin(staffMembers, eq(staffMembers.userId, messages.authorId))
      .where(publicMessages)
      .orderBy(asc(messages.createdAt), asc(messages.id)),
    db
      .select({
        id: attachments.id,
        messageId: attachments.messageId,
        name: attachments.name,
        size: attachments.size,
      })
      .from(attachments)
      .innerJoin(messages, eq(messages.id, attachments.messageId))
      .where(publicMessages)
      .orderBy(asc(attachments.createdAt), asc(attachments.id)),
  ]);

  const conversation: TicketMessage[] = messageRows.map((message) => {
    const { authorEmail, authorName, authorStaffId, ...row } = message;
    return {
      ...row,
      // An agent without a name is the support team: their address is not the customer's to know.
      authorName: authorName || (authorStaffId ? "Support team" : authorEmail),
      attachments: attachmentRows
        .filter((file) => file.messageId === row.id)
        .map(({ messageId: _, ...file }) => file),
    };
  });
  return { ticket, conversation };
}

export type TicketView = NonNullable<Awaited<ReturnType<typeof getTicket>>>;
