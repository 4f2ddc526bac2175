import "server-only";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { auth } from "./auth";

export type Actor =
  | { kind: "anonymous" }
  | { kind: "customer"; userId: string; email: string; name: string; hasPassword: boolean };

const anonymous: Actor = { kind: "anonymous" };

/**
 * Who is asking, read from the session and the database on every request, so a revoked
 * session or a changed account takes effect at once.
 */
export const getActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return anonymous;

  const db = await getDb();
  const [user] = await db
    .select({ email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return anonymous;
  return {
    kind: "customer",
    userId,
    email: user.email,
    name: user.name ?? "",
    hasPassword: user.passwordHash !== null,
  };
});

export type Customer = Extract<Actor, { kind: "customer" }>;

/** The signed-in customer, or a redirect to Log in that comes back to `returnTo`. */
export async function requireCustomer(returnTo: string): Promise<Customer> {
  const actor = await getActor();
  if (actor.kind !== "customer") redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
