import "server-only";
import { eq, or, type SQL, sql } from "drizzle-orm";
import { messages, tickets } from "@/db/schema";
import { normaliseReference } from "./reference";
import { searchWords } from "./search-words";

/**
 * A full-text condition for a search box: every word must start a word of the ticket's subject
 * or of one of its public messages, or the text is the ticket's reference. Only letters and
 * digits reach the query (searchWords). Internal notes are searched only when
 * `withInternalNotes` is set, which only the staff queue does.
 */
export function ticketSearchCondition(text: string, withInternalNotes = false): SQL | undefined {
  const words = searchWords(text);
  const reference = normaliseReference(text);
  if (words.length === 0 && !reference) return undefined;

  const conditions: SQL[] = [];
  if (reference) conditions.push(eq(tickets.reference, reference));
  if (words.length > 0) {
    const query = sql`to_tsquery('simple', ${words.map((word) => `${word}:*`).join(" & ")})`;
    conditions.push(
      sql`to_tsvector('simple', ${tickets.subject}) @@ ${query}`,
      sql`exists (select 1 from ${messages} where ${messages.ticketId} = ${tickets.id}
        and (${withInternalNotes} or not ${messages.internal}) and to_tsvector('simple', ${messages.body}) @@ ${query})`,
    );
  }
  return or(...conditions);
}
