import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { messages, users } from "./core";

/**
 * Files UploadThing reported as completely uploaded, through the signed completion callback.
 * Only these keys can become attachments, and each only once, by the person who uploaded it:
 * a signed-in user, or a guest identified by the Submit a Ticket form's submission key.
 */
export const uploadedFiles = pgTable(
  "uploaded_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storageKey: text("storage_key").notNull().unique(),
    uploaderId: text("uploader_id").references(() => users.id, { onDelete: "cascade" }),
    /** For a guest: the submission key of the form the file was chosen on. */
    uploadSessionId: uuid("upload_session_id"),
    name: text("name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    claimedByMessageId: uuid("claimed_by_message_id").references(() => messages.id, {
      onDelete: "cascade",
    }),
    createdAt: createdAt(),
  },
  (table) => [
    index("uploaded_files_uploader_idx").on(table.uploaderId),
    index("uploaded_files_session_idx").on(table.uploadSessionId),
    check(
      "uploaded_files_one_uploader",
      sql`(${table.uploaderId} is null) <> (${table.uploadSessionId} is null)`,
    ),
  ],
);
