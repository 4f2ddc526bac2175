import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema";
import { actorForUser } from "./actor-for-user";
import type { Actor } from "./current-actor";
import { sessionCookie } from "./session-cookie";

/**
 * Who sent `request`, from its session cookie, for handlers that a library calls with the
 * request itself (the UploadThing route) rather than inside Next's request scope. Reads the
 * same database session that Auth.js reads for `getActor`.
 */
export async function actorFromRequest(request: Request): Promise<Actor> {
  const token = cookieValue(request.headers.get("cookie") ?? "", sessionCookie().name);
  if (!token) return { kind: "anonymous" };
  const db = await getDb();
  const [session] = await db
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(and(eq(sessions.sessionToken, token), gt(sessions.expires, new Date())));
  return session ? actorForUser(session.userId) : { kind: "anonymous" };
}

function cookieValue(header: string, name: string): string | undefined {
  for (const pair of header.split(";")) {
    const separator = pair.indexOf("=");
    if (separator > 0 && pair.slice(0, separator).trim() === name) {
      return decodeURIComponent(pair.slice(separator + 1).trim());
    }
  }
  return undefined;
}
