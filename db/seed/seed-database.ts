import { count, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { memberships, messages, organisations, staffMembers, tickets, users } from "@/db/schema";
import { type DemoPeople, planPeople } from "./demo-people";
import { planTickets } from "./demo-tickets";
import { seededRandom } from "./random";

/** The seed refused to run; the message says why and what to do instead. */
export class SeedRefused extends Error {}

export interface SeedOptions {
  tickets: number;
  /** The demo password's hash, made once by the caller for every registered person. */
  passwordHash: string;
  categories: string[];
  now?: Date;
}

export interface SeedSummary {
  tickets: number;
  messages: number;
  people: number;
  guests: number;
  organisations: number;
  staff: number;
  accounts: DemoPeople["accounts"];
}

// 1,000 rows per statement keeps each insert well under PostgreSQL's 65,535 parameters.
const batchSize = 1_000;

/**
 * Fills an empty database with demo data, in one transaction: an interrupted seed leaves
 * nothing behind. A database that already has people or tickets is refused.
 */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<SeedSummary> {
  const random = seededRandom(20_261_203);
  const people = planPeople(options.tickets, random);
  const now = options.now ?? new Date();

  const summary = await db.transaction(async (tx) => {
    await refuseUnlessEmpty(tx);
    await insertPeople(tx, people, options.passwordHash, now);
    let messageCount = 0;
    for (const batch of planTickets({
      ...options,
      count: options.tickets,
      batchSize,
      people,
      random,
      now,
    })) {
      await tx.insert(tickets).values(batch.tickets);
      for (let start = 0; start < batch.messages.length; start += batchSize) {
        await tx.insert(messages).values(batch.messages.slice(start, start + batchSize));
      }
      messageCount += batch.messages.length;
    }
    const everyone = people.requesters.length + people.staff.length;
    return {
      tickets: options.tickets,
      messages: messageCount,
      people: everyone,
      guests: people.requesters.filter((person) => !person.registered).length,
      organisations: people.organisations.length,
      staff: people.staff.length,
      accounts: people.accounts,
    };
  });
  // What autovacuum would do soon after: statistics for good plans, and a visibility map so
  // counts can be answered from an index. Measurements then start from the steady state.
  await db.execute(sql`vacuum analyze`);
  return summary;
}

async function refuseUnlessEmpty(tx: Transaction) {
  const [[people], [existing]] = await Promise.all([
    tx.select({ total: count() }).from(users),
    tx.select({ total: count() }).from(tickets),
  ]);
  if ((people?.total ?? 0) > 0 || (existing?.total ?? 0) > 0) {
    throw new SeedRefused(
      `This database already has ${people?.total ?? 0} people and ${existing?.total ?? 0} ` +
        "tickets. The demo data only goes into an empty database, so nothing was added. Seed " +
        "a fresh one: another PGLITE_DIR, or a new database in DATABASE_URL.",
    );
  }
}

async function insertPeople(tx: Transaction, people: DemoPeople, passwordHash: string, now: Date) {
  const everyone = [...people.staff.map((member) => member.user), ...people.requesters];
  for (let start = 0; start < everyone.length; start += batchSize) {
    await tx.insert(users).values(
      everyone.slice(start, start + batchSize).map((person) => ({
        id: person.id,
        name: person.name,
        email: person.email,
        emailVerified: person.registered ? now : null,
        passwordHash: person.registered ? passwordHash : null,
      })),
    );
  }
  await tx.insert(organisations).values(people.organisations);
  await tx.insert(memberships).values(people.memberships);
  await tx
    .insert(staffMembers)
    .values(people.staff.map((member) => ({ userId: member.user.id, role: member.role })));
}
