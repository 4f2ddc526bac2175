import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { OrganisationRole, StaffRole } from "@/db/schema";
import { actorForUser } from "./actor-for-user";
import { auth } from "./auth";

export interface Membership {
  organisationId: string;
  role: OrganisationRole;
}

export type Actor =
  | { kind: "anonymous" }
  | {
      kind: "customer";
      userId: string;
      email: string;
      name: string;
      hasPassword: boolean;
      /** The customer's organisation and role in it, if they belong to one. */
      membership: Membership | null;
    }
  | {
      kind: "agent";
      userId: string;
      email: string;
      name: string;
      hasPassword: boolean;
      staffRole: StaffRole;
    };

const anonymous: Actor = { kind: "anonymous" };

/**
 * Who is asking, read from the session and the database on every request, so a revoked
 * session or a changed account takes effect at once.
 */
export const getActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return anonymous;
  return actorForUser(userId);
});

export type Customer = Extract<Actor, { kind: "customer" }>;

/** A signed-in person: a customer or a member of the support team. */
export type Account = Exclude<Actor, { kind: "anonymous" }>;

const logInFor = (returnTo: string) => `/login?callbackUrl=${encodeURIComponent(returnTo)}`;

/**
 * The signed-in customer; an agent is sent to the staff console, where their work is, and
 * anyone else to Log in, which comes back to `returnTo`.
 */
export async function requireCustomer(returnTo: string): Promise<Customer> {
  const actor = await getActor();
  if (actor.kind === "agent") redirect("/staff");
  if (actor.kind !== "customer") redirect(logInFor(returnTo));
  return actor;
}

/** The signed-in person, whoever they are, or a redirect to Log in. */
export async function requireAccount(returnTo: string): Promise<Account> {
  const actor = await getActor();
  if (actor.kind === "anonymous") redirect(logInFor(returnTo));
  return actor;
}
