import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { users } from "@/db/schema";

/**
 * The user behind an email address, created as a guest (no password) the first time the
 * address is seen. A name already on file is kept: a guest form cannot rename an account.
 */
export async function findOrCreateRequester(tx: Transaction, email: string, name: string) {
  const [user] = await tx
    .insert(users)
    .values({ email, name })
    .onConflictDoUpdate({
      target: users.email,
      set: { name: sql`coalesce(${users.name}, excluded.name)` },
    })
    .returning({ id: users.id });
  if (!user) throw new Error("Upsert of a requester returned no row");
  return user;
}
