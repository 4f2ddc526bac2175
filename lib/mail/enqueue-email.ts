import "server-only";
import { z } from "zod";
import type { Database, Transaction } from "@/db/client";
import { outbox } from "@/db/schema";
import { sealEmailData } from "./seal-email-data";
import { parseTemplateData, type TemplateData, type TemplateName } from "./templates/registry";

export interface EmailToEnqueue<T extends TemplateName> {
  recipient: string;
  template: T;
  data: TemplateData<T>;
}

/**
 * Writes one email to the outbox. Call it inside the transaction that causes the email, so the
 * email exists exactly when what it announces does. The data is stored sealed (it holds links
 * with raw tokens). Throws a `TemplateError` for invalid data.
 */
export async function enqueueEmail<T extends TemplateName>(
  db: Database | Transaction,
  email: EmailToEnqueue<T>,
): Promise<{ id: string }> {
  const recipient = email.recipient.trim().toLowerCase();
  if (!z.email().safeParse(recipient).success) {
    throw new Error("an outbox email needs a valid recipient address");
  }
  const data = parseTemplateData(email.template, email.data);
  const sealed = sealEmailData({ template: email.template, recipient, data });

  const [row] = await db
    .insert(outbox)
    .values({ recipient, template: email.template, data: sealed })
    .returning({ id: outbox.id });
  if (!row) throw new Error("the outbox insert returned no row");
  return row;
}
