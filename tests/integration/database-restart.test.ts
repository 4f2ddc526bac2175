import { randomUUID } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import { count, eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { closeDb, getDb } from "@/db/client";
import { messages, outbox, tickets } from "@/db/schema";
import { createTicket } from "@/lib/tickets/create-ticket";
import type { TicketInput } from "@/lib/tickets/ticket-input";
import { startPrivatePostgres } from "../support/private-postgres";

// Its own server, which the test stops and starts; set before anything reads the configuration.
const server = await startPrivatePostgres();
process.env.DATABASE_URL = server.url;

afterAll(async () => {
  await closeDb();
  await server.destroy();
});

const unhandled: unknown[] = [];
process.on("unhandledRejection", (reason) => unhandled.push(reason));

/** A failed call must say so promptly: no caller waits longer than this for an answer. */
const callBoundMs = 10_000;

type Call = { input: TicketInput; startedAt: number; endedAt: number } & (
  | { ok: true; id: string; reference: string }
  | { ok: false; error: unknown }
);

const newInput = (): TicketInput => {
  const id = randomUUID();
  return {
    name: "Ana Novak",
    email: `ana.${id.slice(0, 8)}@example.com`,
    subject: "Restart",
    category: "Technical problem",
    description: "Submitted while the database restarts.",
    submissionKey: id,
  };
};

/** Submits tickets from a few callers at once until told to stop, recording every outcome. */
function submitInLoop(callers: number) {
  const calls: Call[] = [];
  let waiting: (() => void)[] = [];
  let running = true;
  const caller = async () => {
    while (running) {
      const input = newInput();
      const startedAt = performance.now();
      try {
        const ticket = await createTicket(input, [], { ip: "192.0.2.40" });
        calls.push({ input, startedAt, endedAt: performance.now(), ok: true, ...ticket });
      } catch (error) {
        calls.push({ input, startedAt, endedAt: performance.now(), ok: false, error });
      }
      for (const wake of waiting) wake();
      waiting = [];
      await nextTurn();
    }
  };
  const done = Promise.all(Array.from({ length: callers }, caller));
  return {
    calls,
    /** Resolves once `wanted` calls since `from` ended with `ok`. */
    async awaitCalls(from: number, ok: boolean, wanted: number) {
      while (calls.slice(from).filter((call) => call.ok === ok).length < wanted) {
        await new Promise<void>((wake) => waiting.push(wake));
      }
    },
    stop: () => {
      running = false;
      return done;
    },
  };
}

describe("the database restarting under load", () => {
  it("fails calls with an error while it is down, loses nothing acknowledged, and recovers", async () => {
    const load = submitInLoop(3);
    await load.awaitCalls(0, true, 10);

    await server.stop();
    const stoppedAt = load.calls.length;
    await load.awaitCalls(stoppedAt, false, 40);
    const whileDown = await health();
    expect(whileDown.status).toBe(503);
    expect(await whileDown.json()).toMatchObject({ status: "down", database: { state: "down" } });

    await server.start();
    const startedAt = load.calls.length;
    await load.awaitCalls(startedAt, true, 10);
    await load.stop();
    expect((await health()).status).toBe(200);
    // A burst wider than the pool: each of its connections must work again, not just a few.
    const burst = Array.from({ length: 12 }, newInput);
    await Promise.all(burst.map((input) => createTicket(input, [], { ip: "192.0.2.40" })));

    const { calls } = load;
    const failed = calls.filter((call) => !call.ok);
    expect(failed.length).toBeGreaterThanOrEqual(10);
    for (const call of failed) expect(call.error).toBeInstanceOf(Error);
    expect(Math.max(...calls.map((call) => call.endedAt - call.startedAt))).toBeLessThan(
      callBoundMs,
    );
    // Once one call has succeeded again, every call started after it succeeds too.
    const recovered = calls.slice(startedAt).find((call) => call.ok)?.endedAt ?? 0;
    const afterRecovery = calls.filter((call) => call.startedAt > recovered);
    expect(afterRecovery.length).toBeGreaterThan(0);
    expect(afterRecovery.filter((call) => !call.ok)).toEqual([]);
    expect(unhandled).toEqual([]);

    const db = await getDb();
    const acknowledged = calls.flatMap((call) => (call.ok ? [call] : []));
    const stored = await db
      .select({ id: tickets.id, reference: tickets.reference, key: tickets.submissionKey })
      .from(tickets)
      .where(
        inArray(
          tickets.id,
          acknowledged.map((call) => call.id),
        ),
      );
    expect(stored).toHaveLength(acknowledged.length);
    for (const call of acknowledged) {
      expect(stored).toContainEqual({
        id: call.id,
        reference: call.reference,
        key: call.input.submissionKey,
      });
    }

    // A failed submission sent again (as the form does) makes exactly one ticket, however far
    // the failed attempt got: its transaction committed whole or not at all.
    for (const call of failed) await createTicket(call.input, [], { ip: "192.0.2.40" });
    const keys = calls.map((call) => call.input.submissionKey);
    const perKey = await db
      .select({ key: tickets.submissionKey, tickets: count() })
      .from(tickets)
      .where(inArray(tickets.submissionKey, keys))
      .groupBy(tickets.submissionKey);
    expect(perKey).toHaveLength(calls.length);
    expect(perKey.every((row) => row.tickets === 1)).toBe(true);
    const [firstMessages] = await db
      .select({ n: count() })
      .from(messages)
      .innerJoin(tickets, eq(tickets.id, messages.ticketId))
      .where(inArray(tickets.submissionKey, keys));
    expect(firstMessages?.n).toBe(calls.length);
    const emails = await db
      .select({ recipient: outbox.recipient })
      .from(outbox)
      .where(
        inArray(
          outbox.recipient,
          calls.map((call) => call.input.email),
        ),
      );
    expect(emails.map((email) => email.recipient).sort()).toEqual(
      calls.map((call) => call.input.email).sort(),
    );
  }, 90_000);

  it("answers the health check within its bound while the database hangs, and 200 after", async () => {
    await server.freeze(true);
    try {
      const started = performance.now();
      const response = await health();
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ database: { state: "timeout" } });
    } finally {
      await server.freeze(false);
    }
    expect((await health()).status).toBe(200);
  });
});
