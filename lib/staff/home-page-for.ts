import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { staffMembers, users } from "@/db/schema";

/** Where an address lands after signing in by an emailed link: the console for the team. */
export async function homePageFor(email: string): Promise<"/staff" | "/my-tickets"> {
  const db = await getDb();
  const [staff] = await db
    .select({ userId: staffMembers.userId })
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(and(eq(users.email, email), isNull(staffMembers.deactivatedAt)));
  return staff ? "/staff" : "/my-tickets";
}
