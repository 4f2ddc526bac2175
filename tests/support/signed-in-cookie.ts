import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema";

/** The Cookie header of a browser signed in as `userId`, with a session as sign-in makes. */
export async function signedInCookie(userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const db = await getDb();
  await db
    .insert(sessions)
    .values({ sessionToken: token, userId, expires: new Date(Date.now() + 3_600_000) });
  return `podpora.session=${token}`;
}
