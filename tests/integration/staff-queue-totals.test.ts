import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { tickets, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed/seed-database";
import { actorForUser } from "@/lib/auth/actor-for-user";
import { listStaffTickets } from "@/lib/staff/list-staff-tickets";
import { queueOptions } from "@/lib/staff/queue-options";
import { staffTicketQuery } from "@/lib/staff/staff-ticket-query";

// The demo data set: 90 tickets in every status, priority and category, some assigned.
beforeAll(async () => {
  await seedDatabase(await getDb(), {
    tickets: 90,
    passwordHash: "not used here",
    categories: ["Billing", "Account access", "Technical problem"],
  });
});

async function seededAgent() {
  const db = await getDb();
  const [agent] = await db.select().from(users).where(eq(users.email, "agent@podpora.example"));
  if (!agent) throw new Error("no seeded agent");
  return actorForUser(agent.id);
}

describe("the staff queue at scale", () => {
  it("gives totals that match the tickets its pages list, for every filter", async () => {
    const agent = await seededAgent();

    for (const view of [
      {},
      { status: "closed" },
      { status: "open", assignee: "unassigned" },
      { assignee: "me" },
      { priority: "high", category: "Billing" },
    ]) {
      const first = await listStaffTickets(agent, staffTicketQuery.parse(view));
      const listed = [...first.tickets];
      for (let page = 2; page <= first.pages; page++) {
        const next = await listStaffTickets(agent, staffTicketQuery.parse({ ...view, page }));
        listed.push(...next.tickets);
      }
      expect(new Set(listed.map((ticket) => ticket.id)).size).toBe(first.total);
      expect(first.total).toBeGreaterThan(0);
      const counted = Object.values(first.counts).reduce((sum, each) => sum + each, 0);
      if (!("status" in view)) expect(first.total).toBe(counted);
    }
  });

  it("offers each category the tickets have once, in order", async () => {
    const agent = await seededAgent();
    const db = await getDb();
    const distinct = await db
      .selectDistinct({ category: tickets.category })
      .from(tickets)
      .orderBy(asc(tickets.category));

    const { categories } = await queueOptions(agent);
    expect(categories).toEqual(distinct.map((row) => row.category));
    expect(categories).toEqual(["Account access", "Billing", "Technical problem"]);
  });
});
