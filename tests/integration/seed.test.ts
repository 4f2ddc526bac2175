import { and, count, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { memberships, messages, outbox, sessions, tickets, users } from "@/db/schema";
import { demoPassword } from "@/db/seed/demo-password";
import { SeedRefused, seedDatabase } from "@/db/seed/seed-database";
import { hashPassword } from "@/lib/auth/passwords";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { getConfig } from "@/lib/config/config";
import { normaliseReference } from "@/lib/tickets/reference";

// Next's cookies() only exists inside a request; this jar stands in for the browser's cookies
// so the portal's own sign-in can run here and start its session row.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
    delete: (name: string) => jar.delete(name),
  }),
}));

describe("npm run db:seed", () => {
  it("fills an empty database with people who can sign in and tickets in every status", async () => {
    const db = await getDb();
    const summary = await seedDatabase(db, {
      tickets: 60,
      passwordHash: await hashPassword(demoPassword),
      categories: getConfig().ticketCategories,
    });
    expect(summary.tickets).toBe(60);

    const statuses = await db
      .select({ status: tickets.status, total: count() })
      .from(tickets)
      .groupBy(tickets.status);
    expect(statuses.map((row) => row.status).sort()).toEqual([
      "awaiting_customer",
      "closed",
      "open",
      "resolved",
    ]);
    const rows = await db.select({ reference: tickets.reference }).from(tickets);
    expect(rows).toHaveLength(60);
    for (const { reference } of rows) expect(normaliseReference(reference)).toBe(reference);

    const [conversations] = await db
      .select({ total: sql<number>`count(distinct ${messages.ticketId})`.mapWith(Number) })
      .from(messages);
    expect(conversations?.total).toBe(60);
    const notes = await db
      .select({ total: count() })
      .from(messages)
      .where(eq(messages.internal, true));
    expect(notes[0]?.total).toBeGreaterThan(0);
    expect((await db.select({ total: count() }).from(outbox))[0]?.total).toBe(0);

    const organisation = await db
      .select({ email: users.email, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId));
    expect(organisation).toContainEqual({
      email: "manager@northwindtraders.example",
      role: "manager",
    });
    const member = organisation.find((row) => row.role === "user");
    expect(member?.email).toBe("user@northwindtraders.example");

    const ip = "192.0.2.77";
    const email = "user@northwindtraders.example";
    expect(await signInWithPassword({ email, password: "not the demo one", ip })).toBe("no_match");
    expect(await signInWithPassword({ email, password: demoPassword, ip })).toBe("signed_in");
    const started = await db
      .select({ total: count() })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(users.email, email), eq(sessions.sessionToken, [...jar.values()][0] ?? "")));
    expect(started[0]?.total).toBe(1);

    const again = seedDatabase(db, {
      tickets: 5,
      passwordHash: "unused",
      categories: getConfig().ticketCategories,
    });
    await expect(again).rejects.toBeInstanceOf(SeedRefused);
    await expect(again).rejects.toThrow(/already has .* tickets/);
    expect((await db.select({ total: count() }).from(tickets))[0]?.total).toBe(60);
  });
});
