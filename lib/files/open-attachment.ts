import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { attachments, messages, tickets } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { visibleTickets } from "@/lib/tickets/ticket-access";
import { getFileStorage } from "./storage";

const attachmentId = z.uuid();

/**
 * An attachment's name and bytes, if it belongs to a public message of a ticket the actor may
 * see (for the support team, any message, internal notes included); null otherwise, exactly as
 * for an id that does not exist.
 */
export async function openAttachment(actor: Actor, id: string) {
  if (!attachmentId.safeParse(id).success) return null;
  const db = await getDb();
  const [file] = await db
    .select({
      name: attachments.name,
      contentType: attachments.contentType,
      storageKey: attachments.storageKey,
    })
    .from(attachments)
    .innerJoin(messages, eq(messages.id, attachments.messageId))
    .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
    .where(
      and(
        eq(attachments.id, id),
        actor.kind === "agent" ? undefined : eq(messages.internal, false),
        visibleTickets(actor),
      ),
    );
  if (!file) return null;

  const bytes = await getFileStorage().get(file.storageKey);
  return bytes ? { name: file.name, contentType: file.contentType, bytes } : null;
}
