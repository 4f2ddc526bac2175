import { randomUUID } from "node:crypto";
import type { messages, tickets } from "@/db/schema";
import { newReference } from "@/lib/tickets/reference";
import type { DemoPeople, DemoUser } from "./demo-people";
import {
  agentBodies,
  customerBodies,
  customerFollowUps,
  internalNotes,
  subjects,
} from "./demo-text";
import type { Random } from "./random";

type TicketRow = typeof tickets.$inferInsert;
type MessageRow = typeof messages.$inferInsert;
type Status = NonNullable<TicketRow["status"]>;

/**
 * How often each status comes up, in a cycle of 20 tickets: every status is there as soon as
 * there are four tickets, and most tickets of a long-lived desk are resolved or closed.
 */
const statusCycle: Status[] = [
  "open",
  "awaiting_customer",
  "resolved",
  "closed",
  "closed",
  "resolved",
  "open",
  "closed",
  "resolved",
  "closed",
  "awaiting_customer",
  "closed",
  "resolved",
  "closed",
  "open",
  "closed",
  "resolved",
  "closed",
  "closed",
  "open",
];
const priorities = ["low", "normal", "normal", "normal", "high", "urgent"] as const;

const hour = 60 * 60 * 1000;
const day = 24 * hour;

export interface TicketBatch {
  tickets: TicketRow[];
  messages: MessageRow[];
}

/**
 * The demo tickets with their conversations, `batchSize` at a time. Every 50th ticket is the
 * busy customer's; the rest are spread over all requesters. Nothing is written to the outbox:
 * demo data must never email anyone.
 */
export function* planTickets(options: {
  count: number;
  batchSize: number;
  people: DemoPeople;
  categories: string[];
  random: Random;
  now: Date;
}): Generator<TicketBatch> {
  const { count, batchSize, people, categories, random, now } = options;
  const agents = people.staff.map((member) => member.user);
  const references = new Set<string>();
  const uniqueReference = () => {
    let reference = newReference();
    while (references.has(reference)) reference = newReference();
    references.add(reference);
    return reference;
  };

  let batch: TicketBatch = { tickets: [], messages: [] };
  for (let i = 0; i < count; i++) {
    const requester = i % 50 === 0 ? people.busyCustomer : random.pick(people.requesters);
    const status = statusCycle[i % statusCycle.length] ?? "open";
    const agent = random.pick(agents);
    const assigned = status !== "open" || random.next() < 0.5;
    const createdAt = new Date(now.getTime() - random.int(365 * day) - day);
    const id = randomUUID();
    const conversation = conversationFor(status, requester, agent, random, i % 5 === 0);
    const times = conversation.map((_, step) => new Date(createdAt.getTime() + step * 3 * hour));
    const lastActivityAt = times[times.length - 1] ?? createdAt;

    batch.tickets.push({
      id,
      reference: uniqueReference(),
      subject: random.pick(subjects),
      category: random.pick(categories),
      status,
      priority: random.pick(priorities),
      requesterId: requester.id,
      organisationId: requester.organisationId,
      assigneeId: assigned ? agent.id : null,
      createdAt,
      updatedAt: lastActivityAt,
      lastActivityAt,
    });
    conversation.forEach((message, step) => {
      batch.messages.push({ ticketId: id, ...message, createdAt: times[step] });
    });
    if (batch.tickets.length === batchSize) {
      yield batch;
      batch = { tickets: [], messages: [] };
    }
  }
  if (batch.tickets.length > 0) yield batch;
}

/** The messages of one ticket, in order, matching where its status says it stands. */
function conversationFor(
  status: Status,
  requester: DemoUser,
  agent: DemoUser,
  random: Random,
  withNote: boolean,
) {
  const customer = (body: string) => ({ authorId: requester.id, body, internal: false });
  const reply = (body: string) => ({ authorId: agent.id, body, internal: false });
  const conversation = [customer(random.pick(customerBodies))];
  if (withNote) conversation.push({ ...reply(random.pick(internalNotes)), internal: true });
  if (status === "open") return conversation;

  conversation.push(reply(random.pick(agentBodies)));
  if (status === "resolved") {
    conversation.push(customer(random.pick(customerFollowUps)));
    conversation.push(reply(random.pick(agentBodies)));
  }
  return conversation;
}
