import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { tickets, users } from "./core";

export const staffRole = pgEnum("staff_role", ["agent", "admin"]);

/** The support team: users who work in the staff console. Deactivated agents keep their rows. */
export const staffMembers = pgTable("staff_members", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  role: staffRole("role").notNull(),
  invitedById: text("invited_by_id").references(() => users.id),
  createdAt: createdAt(),
  deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
});

/** A ticket's history: changes of status, priority and assignee, with who made them. */
export const ticketEvents = pgTable(
  "ticket_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    field: text("field").notNull(),
    fromValue: text("from_value"),
    toValue: text("to_value"),
    createdAt: createdAt(),
  },
  (table) => [index("ticket_events_ticket_idx").on(table.ticketId, table.createdAt)],
);

export type StaffMember = typeof staffMembers.$inferSelect;
export type StaffRole = (typeof staffRole.enumValues)[number];
