import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations, memberships, outbox, users } from "@/db/schema";
import type { Customer } from "@/lib/auth/current-actor";
import { openEmailData } from "@/lib/mail/seal-email-data";
import { acceptInvitation } from "@/lib/organisations/accept-invitation";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { inviteUser } from "@/lib/organisations/invite-user";

/** A fresh IP address from the documentation range, so limits of one test never hit another. */
export const testIp = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;

export const newAddress = (label: string) =>
  `${label.toLowerCase()}.${randomUUID().slice(0, 8)}@example.com`;

/** A registered customer (with a password hash), as the actor the portal would read now. */
export async function registeredCustomer(label = "member", email = newAddress(label)) {
  const db = await getDb();
  const [user] = await db
    .insert(users)
    .values({ email, name: label, passwordHash: "not-a-real-hash", emailVerified: new Date() })
    .returning();
  if (!user) throw new Error("no user");
  return reread(user.id);
}

/** The customer as `getActor` would read them at this moment, membership included. */
export async function reread(userId: string): Promise<Customer> {
  const db = await getDb();
  const [row] = await db
    .select({ user: users, membership: memberships })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .where(eq(users.id, userId));
  if (!row) throw new Error("no such user");
  return {
    kind: "customer",
    userId,
    email: row.user.email,
    name: row.user.name ?? "",
    hasPassword: row.user.passwordHash !== null,
    membership: row.membership
      ? { organisationId: row.membership.organisationId, role: row.membership.role }
      : null,
  };
}

/** A manager of a new organisation. */
export async function newManager(label = "manager") {
  const customer = await registeredCustomer(label);
  await createOrganisation(customer, { name: `${label} Ltd` });
  return reread(customer.userId);
}

/** The link token in the newest invitation email to `email`. */
export async function invitationTokenFor(email: string): Promise<string> {
  const db = await getDb();
  const [mail] = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, email), eq(outbox.template, "organisation_invitation")))
    .orderBy(desc(outbox.createdAt));
  const link = mail ? ((openEmailData(mail) as { link?: string }).link ?? "") : "";
  return new URL(link).searchParams.get("token") ?? "";
}

/** Adds a new registered customer to the manager's organisation with a role, by invitation. */
export async function addMember(manager: Customer, role: "manager" | "user", label: string = role) {
  const customer = await registeredCustomer(label);
  await inviteUser(manager, { email: customer.email, role }, testIp());
  await acceptInvitation(customer, await invitationTokenFor(customer.email), testIp());
  return reread(customer.userId);
}

export async function pendingInvitations(email: string) {
  const db = await getDb();
  return db.select().from(invitations).where(eq(invitations.email, email));
}

export async function emailsTo(email: string) {
  const db = await getDb();
  return db.select().from(outbox).where(eq(outbox.recipient, email));
}
