import "server-only";
import type { AsyncLocalStorage } from "node:async_hooks";

type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, string | number | boolean | null | undefined>;

const secretKeys = /token|password|secret|body|authorization|cookie|key/i;

// server.mjs runs each request inside this store (lib/http/request-tracking.mjs); it is found
// through a global key because this module is bundled by Next.js and that one is not.
const requestContextKey = Symbol.for("podpora.request-context");

function currentRequestId(): string | undefined {
  const store = (globalThis as Record<symbol, AsyncLocalStorage<{ requestId: string }>>)[
    requestContextKey
  ];
  return store?.getStore()?.requestId;
}

function write(level: Level, event: string, fields: Fields = {}) {
  const line: Record<string, unknown> = { time: new Date().toISOString(), level, event };
  const requestId = currentRequestId();
  if (requestId) line.requestId = requestId;
  for (const [name, value] of Object.entries(fields)) {
    line[name] = secretKeys.test(name) ? "[redacted]" : value;
  }
  const text = `${JSON.stringify(line)}\n`;
  // Tests provoke failures by the hundred; only errors are worth their output.
  const quiet = process.env.NODE_ENV === "test" && !process.env.PODPORA_LOG_IN_TESTS;
  if (level === "error") process.stderr.write(text);
  else if (quiet) return;
  else if (level === "warn") process.stderr.write(text);
  else process.stdout.write(text);
}

/** One JSON line per event, with ids, never tokens, passwords or message bodies. */
export const log = {
  info: (event: string, fields?: Fields) => write("info", event, fields),
  warn: (event: string, fields?: Fields) => write("warn", event, fields),
  error: (event: string, error: unknown, fields?: Fields) =>
    write("error", event, {
      ...fields,
      error: describeError(error),
    }),
};

/**
 * An error in one line, without what it carried. Drizzle's query errors quote the statement's
 * parameters (addresses, password hashes, message text): only the database's own reason, from
 * the innermost cause, is kept.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return "non-error value thrown";
  let innermost: Error = error;
  while (innermost.cause instanceof Error) innermost = innermost.cause;
  const message = innermost.message.startsWith("Failed query") ? "query failed" : innermost.message;
  const code = (innermost as Error & { code?: unknown }).code;
  return `${error.name}: ${message.split("\n")[0]}${typeof code === "string" ? ` (${code})` : ""}`;
}
