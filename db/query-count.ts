import type { Logger } from "drizzle-orm/logger";

let queries = 0;

/** Counts the statements this process sends, so tests can check a page's query count. */
export const queryCounter: Logger = {
  logQuery() {
    queries += 1;
  },
};

export function queriesSent(): number {
  return queries;
}
