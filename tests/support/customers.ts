import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Customer } from "@/lib/auth/current-actor";
import { createTicket } from "@/lib/tickets/create-ticket";

/** A customer of its own for each test, built through the same code the portal uses. */
export async function newCustomer(label = "customer"): Promise<Customer> {
  const email = `${label}.${randomUUID().slice(0, 8)}@example.com`;
  const db = await getDb();
  const [user] = await db.insert(users).values({ email, name: label }).returning();
  if (!user) throw new Error("no user");
  return {
    kind: "customer",
    userId: user.id,
    email,
    name: label,
    hasPassword: false,
    membership: null,
  };
}

/** What a guest types on Submit a Ticket; with UploadThing, the key also owns their uploads. */
export const guestTicketInput = (submissionKey: string) => ({
  name: "Guest",
  email: `guest.${randomUUID().slice(0, 8)}@example.com`,
  subject: "Disk",
  category: "Technical problem",
  description: "The disk is full.",
  submissionKey,
});

export async function ticketFor(
  customer: Customer,
  fields: { subject?: string; description?: string } = {},
  files: { name: string; text: string }[] = [],
) {
  return createTicket(
    {
      name: customer.name,
      email: customer.email,
      subject: fields.subject ?? "Printer on fire",
      category: "Technical problem",
      description: fields.description ?? "It is on fire.",
      submissionKey: randomUUID(),
    },
    files.map((file) => ({
      name: file.name,
      contentType: "text/plain",
      bytes: new TextEncoder().encode(file.text),
    })),
    // No address: the tickets count toward no ban, however many a test makes.
    { ip: "unknown" },
  );
}

export async function userRow(customer: Customer) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, customer.userId));
  return row;
}
