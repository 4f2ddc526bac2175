import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import { getDb } from "@/db/client";
import { accounts, sessions, users } from "@/db/schema";
import { getConfig } from "@/lib/config/config";
import { getAuthSecret } from "./auth-secret";
import { sessionCookie, sessionLifetimeSeconds } from "./session-cookie";

/**
 * Auth.js keeps sessions in the database, so deleting a row signs that browser out at its next
 * request. Podpora's own server actions check passwords and emailed links and then start a
 * session (lib/auth/sessions.ts); Auth.js reads and refreshes it.
 */
export const { auth } = NextAuth(async () => ({
  adapter: DrizzleAdapter(await getDb(), {
    usersTable: users as never,
    accountsTable: accounts as never,
    sessionsTable: sessions as never,
  }),
  secret: getAuthSecret(),
  trustHost: true,
  // Decided by APP_URL, not by the request: behind a proxy that ends TLS the request Auth.js
  // sees is plain http, and it would then drop Secure and the __Host-/__Secure- prefixes.
  useSecureCookies: getConfig().secureCookies,
  providers: [],
  session: { strategy: "database", maxAge: sessionLifetimeSeconds, updateAge: 24 * 60 * 60 },
  cookies: { sessionToken: sessionCookie() },
  callbacks: {
    session({ session, user }) {
      session.user.id = user.id;
      return session;
    },
  },
}));
