import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

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
    /** The random key the form was rendered with, so a retried submission finds its ticket. */
    submissionKey: uuid("submission_key").unique(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("tickets_requester_activity_idx").on(table.requesterId, table.lastActivityAt, table.id),
    index("tickets_status_activity_idx").on(table.status, table.lastActivityAt, table.id),
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
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
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

/** Signed-in sessions (Auth.js database strategy): deleting a row signs that browser out. */
export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

/** Sign-ins through other providers (Auth.js adapter); none is configured yet. */
export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<"oauth" | "oidc" | "email" | "webauthn">().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] })],
);

export const linkPurpose = pgEnum("link_purpose", ["sign_in", "verify_email", "reset_password"]);

/**
 * The tokens behind emailed links. Only a SHA-256 hash is stored; a token is bound to one
 * address and one purpose, expires, and is spent once, by a POST.
 */
export const linkTokens = pgTable(
  "link_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email").notNull(),
    purpose: linkPurpose("purpose").notNull(),
    /** What a registration waits to apply until its address is verified. */
    pendingName: text("pending_name"),
    pendingPasswordHash: text("pending_password_hash"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index("link_tokens_email_idx").on(table.email, table.purpose, table.createdAt)],
);

export const securityEventKind = pgEnum("security_event_kind", [
  "sign_in_failed",
  "link_failed",
  "link_requested",
  "registration_requested",
]);

/** What clients did that limits and bans count: failed sign-ins, requests for links. */
export const securityEvents = pgTable(
  "security_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: securityEventKind("kind").notNull(),
    ip: text("ip").notNull(),
    email: text("email"),
    createdAt: createdAt(),
  },
  (table) => [
    index("security_events_ip_idx").on(table.kind, table.ip, table.createdAt),
    index("security_events_email_idx").on(table.kind, table.email, table.createdAt),
  ],
);

export type Session = typeof sessions.$inferSelect;
export type LinkToken = typeof linkTokens.$inferSelect;

/** What made Podpora ban an address: too many of one kind of request in a window. */
export const banReason = pgEnum("ban_reason", [
  "sign_in_failures",
  "link_requests",
  "ticket_submissions",
  "requests",
]);

/**
 * Every ban, kept as its history: a row is never deleted, a lift by hand only fills in
 * `lifted_at` and `lifted_by`, and a ban ends by itself at `until`. `ip` is the banned key: an
 * IPv4 address, or the /64 network of an IPv6 address (lib/bans/ban-key.ts).
 */
export const bans = pgTable(
  "bans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ip: text("ip").notNull(),
    reason: banReason("reason").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    until: timestamp("until", { withTimezone: true }).notNull(),
    liftedAt: timestamp("lifted_at", { withTimezone: true }),
    liftedBy: text("lifted_by"),
  },
  (table) => [
    index("bans_active_idx").on(table.ip, table.until).where(sql`${table.liftedAt} is null`),
    index("bans_started_idx").on(table.startedAt),
    check("bans_until_after_start", sql`${table.until} > ${table.startedAt}`),
  ],
);

/** The counting windows of the Postgres ban store: one row per address and reason. */
export const banCounters = pgTable(
  "ban_counters",
  {
    ip: text("ip").notNull(),
    reason: banReason("reason").notNull(),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.ip, table.reason] }),
    index("ban_counters_window_idx").on(table.windowStartedAt),
  ],
);

export type Ban = typeof bans.$inferSelect;
export type BanReason = (typeof banReason.enumValues)[number];
