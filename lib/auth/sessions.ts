import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { cookies } from "next/headers";
import { type Database, getDb, type Transaction } from "@/db/client";
import { sessions } from "@/db/schema";
import { log } from "@/lib/log";
import { sessionCookie, sessionLifetimeSeconds } from "./session-cookie";

/** Signs this browser in as `userId` with a new session, replacing any it had. */
export async function startSession(userId: string): Promise<void> {
  await endCurrentSession();
  const token = randomBytes(32).toString("base64url");
  const expires = new Date(Date.now() + sessionLifetimeSeconds * 1000);
  const db = await getDb();
  await db.insert(sessions).values({ sessionToken: token, userId, expires });

  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, token, { ...cookie.options, expires });
  log.info("session.started", { userId });
}

export async function currentSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(sessionCookie().name)?.value;
}

/** Signs this browser out: its session row is deleted, so the cookie is worth nothing. */
export async function endCurrentSession(): Promise<void> {
  const token = await currentSessionToken();
  if (!token) return;
  const db = await getDb();
  await db.delete(sessions).where(eq(sessions.sessionToken, token));
  // With the attributes it was set with: a browser ignores a __Host- cookie without Secure,
  // so a bare delete would leave the (now worthless) cookie behind over HTTPS.
  const cookie = sessionCookie();
  (await cookies()).delete({ name: cookie.name, ...cookie.options });
}

/** Signs `userId` out everywhere, except this browser when `keepCurrent` is set. */
export async function endOtherSessions(
  userId: string,
  keepCurrent: boolean,
  db?: Database | Transaction,
): Promise<void> {
  const current = keepCurrent ? await currentSessionToken() : undefined;
  await (db ?? (await getDb()))
    .delete(sessions)
    .where(
      current
        ? and(eq(sessions.userId, userId), ne(sessions.sessionToken, current))
        : eq(sessions.userId, userId),
    );
  log.info("session.others_ended", { userId });
}
