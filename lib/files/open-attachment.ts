import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { attachments, messages, tickets, uploadedFiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { visibleTickets } from "@/lib/tickets/ticket-access";
import { getFileStorage } from "./storage";
import { uploadThingApi } from "./uploadthing-settings";

const attachmentId = z.uuid();

/**
 * An attachment's name and bytes, if it belongs to a public message of a ticket the actor may
 * see (for the support team, any message, internal notes included); null otherwise, exactly as
 * for an id that does not exist. A file on UploadThing comes as a signed link instead of bytes,
 * valid for a minute, so a copied link soon stops working.
 */
export async function openAttachment(actor: Actor, id: string) {
  if (!attachmentId.safeParse(id).success) return null;
  const db = await getDb();
  const [file] = await db
    .select({
      name: attachments.name,
      contentType: attachments.contentType,
      storageKey: attachments.storageKey,
      onUploadThing: uploadedFiles.id,
    })
    .from(attachments)
    .innerJoin(messages, eq(messages.id, attachments.messageId))
    .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
    .leftJoin(uploadedFiles, eq(uploadedFiles.storageKey, attachments.storageKey))
    .where(
      and(
        eq(attachments.id, id),
        actor.kind === "agent" ? undefined : eq(messages.internal, false),
        visibleTickets(actor),
      ),
    );
  if (!file) return null;

  if (file.onUploadThing) {
    const { ufsUrl } = await uploadThingApi().generateSignedURL(file.storageKey, {
      expiresIn: 60,
    });
    return { name: file.name, signedUrl: ufsUrl };
  }

  const bytes = await getFileStorage().get(file.storageKey);
  return bytes ? { name: file.name, contentType: file.contentType, bytes, signedUrl: null } : null;
}
