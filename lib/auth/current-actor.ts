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
  | { kind: "agent"; userId: string; email: string; name: string; staffRole: StaffRole };

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

/** The signed-in customer, or a redirect to Log in that comes back to `returnTo`. */
export async function requireCustomer(returnTo: string): Promise<Customer> {
  const actor = await getActor();
  if (actor.kind !== "customer") redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
