import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type OutboxEmail, outbox } from "@/db/schema";
import { renderOutboxEmail } from "./render-outbox-email";
import { escapeHtml } from "./templates/escape-html";
import { TemplateError } from "./templates/registry";

export type MailboxStatus = "pending" | "sent" | "failed";

export interface MailboxEntry {
  id: string;
  recipient: string;
  subject: string;
  createdAt: Date;
  status: MailboxStatus;
}

export interface MailboxEmail extends MailboxEntry {
  template: string;
  attempts: number;
  lastError: string | null;
  html: string;
  text: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function statusOf(email: OutboxEmail): MailboxStatus {
  if (email.sentAt) return "sent";
  if (email.failedAt) return "failed";
  return "pending";
}

/** Renders what the outbox holds; an email that cannot be rendered is shown as such. */
function render(email: OutboxEmail) {
  try {
    return renderOutboxEmail(email);
  } catch (error) {
    const reason = error instanceof TemplateError ? `: ${error.message}` : "";
    const notice = `This email (template "${email.template}") cannot be rendered${reason}.`;
    return { subject: "(cannot be rendered)", html: `<p>${escapeHtml(notice)}</p>`, text: notice };
  }
}

function toEntry(email: OutboxEmail, subject: string): MailboxEntry {
  return {
    id: email.id,
    recipient: email.recipient,
    subject,
    createdAt: email.createdAt,
    status: statusOf(email),
  };
}

/** The newest emails in the outbox, for the development mailbox. */
export async function listMailbox({
  limit = 50,
}: {
  limit?: number;
} = {}): Promise<MailboxEntry[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(outbox)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(Math.min(Math.max(Math.trunc(limit), 1), 500));
  return rows.map((email) => toEntry(email, render(email).subject));
}

/** One outbox email, rendered; null when the id is malformed or unknown. */
export async function getMailboxEmail(id: string): Promise<MailboxEmail | null> {
  if (!uuidPattern.test(id)) return null;
  const db = await getDb();
  const [email] = await db.select().from(outbox).where(eq(outbox.id, id)).limit(1);
  if (!email) return null;

  const rendered = render(email);
  return {
    ...toEntry(email, rendered.subject),
    template: email.template,
    attempts: email.attempts,
    lastError: email.lastError,
    html: rendered.html,
    text: rendered.text,
  };
}
