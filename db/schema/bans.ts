import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

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
