import {
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

import { createdAt } from "./columns";
import { users } from "./core";

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
