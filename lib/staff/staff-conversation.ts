import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attachments, messages, users } from "@/db/schema";
import type { TicketMessage } from "@/lib/tickets/get-ticket";

export interface StaffTicketMessage extends TicketMessage {
  internal: boolean;
}

/** A ticket's whole conversation for the support team, internal notes included and marked. */
export async function staffConversation(ticketId: string): Promise<StaffTicketMessage[]> {
  const db = await getDb();
  const [messageRows, attachmentRows] = await Promise.all([
    db
      .select({
        id: messages.id,
        body: messages.body,
        internal: messages.internal,
        createdAt: messages.createdAt,
        authorId: messages.authorId,
        authorName: users.name,
        authorEmail: users.email,
      })
      .from(messages)
      .innerJoin(users, eq(users.id, messages.authorId))
      .where(eq(messages.ticketId, ticketId))
      .orderBy(asc(messages.createdAt), asc(messages.id)),
    db
      .select({
        id: attachments.id,
        messageId: attachments.messageId,
        name: attachments.name,
        size: attachments.size,
      })
      .from(attachments)
      .where(eq(attachments.ticketId, ticketId))
      .orderBy(asc(attachments.createdAt), asc(attachments.id)),
  ]);
  return messageRows.map(({ authorEmail, authorName, ...row }) => ({
    ...row,
    authorName: authorName ?? authorEmail,
    attachments: attachmentRows
      .filter((file) => file.messageId === row.id)
      .map(({ messageId: _, ...file }) => file),
  }));
}
