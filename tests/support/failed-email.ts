import { getDb } from "@/db/client";
import { outbox } from "@/db/schema";

/** An email the outbox gave up on, as delivery leaves it, for an admin to send again. */
export async function failedEmail(recipient = "ana@example.com"): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .insert(outbox)
    .values({
      recipient,
      template: "ticket_confirmation",
      data: {
        name: "Ana Novak",
        reference: "K7QM-4XTD",
        subject: "Export fails",
        trackUrl: "http://localhost:3000/track",
      },
      attempts: 8,
      failedAt: new Date(),
      lastError: "Resend internal_server_error (500): Stand-in failure",
    })
    .returning({ id: outbox.id });
  if (!row) throw new Error("no outbox row");
  return row.id;
}
