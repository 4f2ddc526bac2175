import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisations, tickets } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { agentOnly } from "./agent-only";

/** The organisations and categories the queue's filters offer. */
export async function queueOptions(actor: Actor) {
  agentOnly(actor);
  const db = await getDb();
  const [organisationRows, categoryRows] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .orderBy(asc(organisations.name)),
    db.selectDistinct({ category: tickets.category }).from(tickets).orderBy(asc(tickets.category)),
  ]);
  return { organisations: organisationRows, categories: categoryRows.map((row) => row.category) };
}
