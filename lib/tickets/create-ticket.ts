import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, messages, tickets, users } from "@/db/schema";
import { isUniqueViolation } from "@/db/unique-violation";
import { reportOffence } from "@/lib/bans/report-offence";
import { getConfig } from "@/lib/config/config";
import { AppError } from "@/lib/errors";
import {
  attachmentCount,
  type NewAttachments,
  type RecordAttachments,
  withAttachments,
} from "@/lib/files/with-attachments";
import { log } from "@/lib/log";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { notifyStaff } from "@/lib/staff/notify-staff";
import { findOrCreateRequester } from "@/lib/users/find-or-create-requester";
import { newReference } from "./reference";
import type { TicketInput } from "./ticket-input";

export interface CreatedTicket {
  id: string;
  reference: string;
  /** False when this submission had already created the ticket (a retry or a double click). */
  created: boolean;
}

class DuplicateSubmission extends Error {}

const referenceAttempts = 5;

/**
 * Stores a customer's new ticket: the ticket, its first message, the attachments' records and
 * the confirmation email, in one transaction. The same submission key always yields one ticket.
 * Each new submission counts toward the ban for a flood of tickets from `sender.ip`.
 */
export async function createTicket(
  input: TicketInput,
  files: NewAttachments,
  sender: { ip: string },
): Promise<CreatedTicket> {
  const earlier = await findSubmission(input);
  if (earlier) return earlier;
  await reportOffence("ticket_submissions", sender.ip);

  try {
    return await withAttachments(files, async (record) => {
      for (let attempt = 1; ; attempt++) {
        try {
          const ticket = await insertTicket(input, record, newReference());
          log.info("ticket.created", { ticketId: ticket.id, attachments: attachmentCount(files) });
          return ticket;
        } catch (error) {
          const referenceTaken = isUniqueViolation(error, "tickets_reference_unique");
          if (attempt < referenceAttempts && referenceTaken) continue;
          throw error;
        }
      }
    });
  } catch (error) {
    if (
      error instanceof DuplicateSubmission ||
      isUniqueViolation(error, "tickets_submission_key_unique")
    ) {
      const winner = await findSubmission(input);
      if (winner) return winner;
    }
    throw error;
  }
}

async function insertTicket(
  input: TicketInput,
  record: RecordAttachments,
  reference: string,
): Promise<CreatedTicket> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const requester = await findOrCreateRequester(tx, input.email, input.name);
    const [ticket] = await tx
      .insert(tickets)
      .values({
        reference,
        subject: input.subject,
        category: input.category,
        requesterId: requester.id,
        // A member's ticket carries their organisation, so its managers see it too.
        organisationId: sql`(select ${memberships.organisationId} from ${memberships}
          where ${memberships.userId} = ${requester.id})`,
        submissionKey: input.submissionKey,
      })
      .onConflictDoNothing({ target: tickets.submissionKey })
      .returning({ id: tickets.id, reference: tickets.reference });
    if (!ticket) throw new DuplicateSubmission();

    const [message] = await tx
      .insert(messages)
      .values({ ticketId: ticket.id, authorId: requester.id, body: input.description })
      .returning({ id: messages.id });
    if (!message) throw new Error("Insert of a first message returned no row");

    await record(tx, { ticketId: ticket.id, messageId: message.id });

    await enqueueEmail(tx, {
      recipient: input.email,
      template: "ticket_confirmation",
      data: {
        name: input.name,
        reference: ticket.reference,
        subject: input.subject,
        trackUrl: `${getConfig().appUrl}/track`,
      },
    });
    await notifyStaff(tx, ticket.id, "new_ticket");
    return { ...ticket, created: true };
  });
}

/** The ticket an earlier use of this submission key created, if the same address sent it. */
async function findSubmission(input: TicketInput): Promise<CreatedTicket | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: tickets.id, reference: tickets.reference, email: users.email })
    .from(tickets)
    .innerJoin(users, eq(users.id, tickets.requesterId))
    .where(eq(tickets.submissionKey, input.submissionKey));
  if (!row) return null;
  if (row.email !== input.email) {
    throw new AppError(
      "conflict",
      "Submission key reused with another address",
      "This form was already sent. Reload the page to start a new ticket.",
    );
  }
  return { id: row.id, reference: row.reference, created: false };
}
