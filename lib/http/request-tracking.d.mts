// Types for request-tracking.mjs, which stays plain JavaScript so that server.mjs can load it.
import type { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";

export declare const requestIdHeader: "x-request-id";

export declare function requestContext(): AsyncLocalStorage<{ requestId: string }>;

export declare function accessLogLine(
  request: { method?: string; url?: string; status: number; durationMs: number; requestId: string },
  now?: Date,
): string;

export declare function trackRequests(
  handle: (request: IncomingMessage, response: ServerResponse) => unknown,
  write?: (line: string) => unknown,
): (request: IncomingMessage, response: ServerResponse) => unknown;
