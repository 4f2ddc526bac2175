import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { getDb } from "@/db/client";
import { memberships, organisations, type StaffRole, staffMembers, users } from "@/db/schema";
import { actorForUser } from "@/lib/auth/actor-for-user";
import type { Actor } from "@/lib/auth/current-actor";

async function newUser(label: string, passwordHash: string | null) {
  const email = `${label}.${randomUUID().slice(0, 8)}@example.com`;
  const db = await getDb();
  const [user] = await db.insert(users).values({ email, name: label, passwordHash }).returning();
  if (!user) throw new Error("no user");
  return user;
}

/** An active member of the support team, as `getActor` would read them. */
export async function newAgent(role: StaffRole = "agent", label: string = role) {
  const user = await newUser(label, "not-a-real-hash");
  const db = await getDb();
  await db.insert(staffMembers).values({ userId: user.id, role });
  const actor = await actorForUser(user.id);
  if (actor.kind !== "agent") throw new Error("not an agent");
  return actor;
}

/** A former agent: their open session now reads them as a plain customer. */
export async function deactivatedAgent(): Promise<Actor> {
  const agent = await newAgent("agent", "former");
  const db = await getDb();
  await db
    .update(staffMembers)
    .set({ deactivatedAt: new Date() })
    .where(eq(staffMembers.userId, agent.userId));
  return actorForUser(agent.userId);
}

/** Every kind of person who is not on the support team, read as `getActor` reads them. */
export async function outsiders(): Promise<Record<string, Actor>> {
  const db = await getDb();
  const guest = await newUser("guest", null);
  const customer = await newUser("customer", "not-a-real-hash");
  const manager = await newUser("manager", "not-a-real-hash");
  const [organisation] = await db.insert(organisations).values({ name: "Acme" }).returning();
  if (!organisation) throw new Error("no organisation");
  await db
    .insert(memberships)
    .values({ userId: manager.id, organisationId: organisation.id, role: "manager" });
  return {
    anonymous: { kind: "anonymous" },
    guest: await actorForUser(guest.id),
    customer: await actorForUser(customer.id),
    "organisation manager": await actorForUser(manager.id),
    "deactivated agent": await deactivatedAgent(),
  };
}

/** What `notFound()` throws: the console does not exist for whoever called. */
export async function expectNotFound(call: () => Promise<unknown>) {
  await expect(call()).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
}
