import "server-only";
import { asc, sql } from "drizzle-orm";
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
    // Each category once, in order, by hopping along tickets_category_idx from one category to
    // the next: a few index lookups, where `select distinct` reads every ticket.
    db.select({ category: sql<string>`category` }).from(sql`(with recursive found(category) as (
          (select ${tickets.category} from ${tickets} order by ${tickets.category} limit 1)
          union all
          select (select ${tickets.category} from ${tickets}
            where ${tickets.category} > found.category order by ${tickets.category} limit 1)
          from found where found.category is not null)
        select category from found where category is not null) as categories`),
  ]);
  return { organisations: organisationRows, categories: categoryRows.map((row) => row.category) };
}
