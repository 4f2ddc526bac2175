import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

import { createdAt } from "./columns";
import { organisations } from "./organisations";
import { staffMembers } from "./staff";

/**
 * One row per email address (lower-cased). A guest who submits a ticket is a user without a
 * password; registering later fills in the rest. The column names follow Auth.js's adapter.
 */
export const users = pgTable(
  "users",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").notNull().unique(),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text("image"),
    passwordHash: text("password_hash"),
    createdAt: createdAt(),
  },
  (table) => [check("users_email_lower_case", sql`${table.email} = lower(${table.email})`)],
);

export const ticketStatus = pgEnum("ticket_status", [
  "open",
  "awaiting_customer",
  "resolved",
  "closed",
]);

export const ticketPriority = pgEnum("ticket_priority", ["low", "normal", "high", "urgent"]);

export const tickets = pgTable(
  "tickets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference").notNull().unique(),
    subject: text("subject").notNull(),
    category: text("category").notNull(),
    status: ticketStatus("status").notNull().default("open"),
    priority: ticketPriority("priority").notNull().default("normal"),
    requesterId: text("requester_id")
      .notNull()
      .references(() => users.id),
    /** The requester's organisation when the ticket was sent; its managers see the ticket. */
    organisationId: uuid("organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    /** The support agent the ticket is assigned to. */
    assigneeId: text("assignee_id").references(() => staffMembers.userId),
    /** The random key the form was rendered with, so a retried submission finds its ticket. */
    submissionKey: uuid("submission_key").unique(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // The staff queue's default views: every ticket by latest activity or by creation.
    index("tickets_activity_idx").on(table.lastActivityAt, table.id),
    index("tickets_created_idx").on(table.createdAt, table.id),
    // The queue's category filter, and its list of categories (a skip scan over this index).
    index("tickets_category_idx").on(table.category),
    index("tickets_requester_activity_idx").on(table.requesterId, table.lastActivityAt, table.id),
    index("tickets_status_activity_idx").on(table.status, table.lastActivityAt, table.id),
    index("tickets_organisation_activity_idx").on(
      table.organisationId,
      table.lastActivityAt,
      table.id,
    ),
    index("tickets_assignee_activity_idx").on(table.assigneeId, table.lastActivityAt, table.id),
    index("tickets_subject_search_idx").using("gin", sql`to_tsvector('simple', ${table.subject})`),
    check("tickets_reference_upper_case", sql`${table.reference} = upper(${table.reference})`),
  ],
);

export const messages = pgTable(
  "messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    internal: boolean("internal").notNull().default(false),
    /** The random key the reply form was rendered with, so a retried reply is stored once. */
    submissionKey: uuid("submission_key").unique(),
    createdAt: createdAt(),
  },
  (table) => [
    index("messages_ticket_created_idx").on(table.ticketId, table.createdAt, table.id),
    index("messages_body_search_idx").using("gin", sql`to_tsvector('simple', ${table.body})`),
  ],
);

export const attachments = pgTable(
  "attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    messageId: uuid("message_id")
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    /** The name the customer's file had; shown to people, never used as a path. */
    name: text("name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    storageKey: text("storage_key").notNull().unique(),
    createdAt: createdAt(),
  },
  (table) => [
    index("attachments_message_idx").on(table.messageId),
    index("attachments_ticket_idx").on(table.ticketId),
    check("attachments_size_positive", sql`${table.size} > 0`),
  ],
);

/** Emails waiting to be delivered, written in the same transaction as what caused them. */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recipient: text("recipient").notNull(),
    template: text("template").notNull(),
    data: jsonb("data").notNull(),
    attempts: integer("attempts").notNull().default(0),
    // Due at once on the application's clock, which delivery compares against: the database's
    // now() keeps microseconds and would lie up to a millisecond in the sender's future.
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$defaultFn(() => new Date()),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    failedAt: timestamp("failed_at", { withTimezone: true }),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    createdAt: createdAt(),
  },
  (table) => [
    index("outbox_due_idx")
      .on(table.nextAttemptAt)
      .where(sql`${table.sentAt} is null and ${table.failedAt} is null`),
    index("outbox_created_idx").on(table.createdAt),
  ],
);

export type User = typeof users.$inferSelect;
export type Ticket = typeof tickets.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type Attachment = typeof attachments.$inferSelect;
export type OutboxEmail = typeof outbox.$inferSelect;
