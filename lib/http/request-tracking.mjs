// Gives every request an id and writes one access-log line for it. Plain JavaScript without
// "server-only": server.mjs loads it before Next.js, outside any bundle.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export const requestIdHeader = "x-request-id";

// lib/log.ts reads the same store through this global key: it is bundled by Next.js, so a
// module-level store here and one there would be two different objects.
const storeKey = Symbol.for("podpora.request-context");

/** @returns {AsyncLocalStorage<{ requestId: string }>} */
export function requestContext() {
  globalThis[storeKey] ??= new AsyncLocalStorage();
  return globalThis[storeKey];
}

/**
 * The access-log line, in lib/log.ts's shape. The path loses its query string, where emailed
 * links carry their tokens.
 * @param {{ method?: string, url?: string, status: number, durationMs: number, requestId: string }} request
 */
export function accessLogLine({ method, url, status, durationMs, requestId }, now = new Date()) {
  const line = {
    time: now.toISOString(),
    level: "info",
    event: "http.request",
    requestId,
    method: method ?? "",
    path: (url ?? "").split("?")[0],
    status,
    durationMs: Math.round(durationMs),
  };
  return `${JSON.stringify(line)}\n`;
}

/**
 * Wraps a node:http handler. A client's own X-Request-Id is replaced: an id a client chose
 * could be made to collide with another request's lines. The id is on the request for Next.js
 * (`headers()`), on the response for whoever reports a problem, and in every log line written
 * while the request is handled.
 * @param {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => unknown} handle
 * @param {(line: string) => unknown} write
 */
export function trackRequests(handle, write = (line) => process.stdout.write(line)) {
  return (request, response) => {
    const requestId = randomUUID();
    const started = performance.now();
    request.headers[requestIdHeader] = requestId;
    response.setHeader(requestIdHeader, requestId);
    response.once("close", () => {
      write(
        accessLogLine({
          method: request.method,
          url: request.url,
          // A client that hung up before the answer was sent is logged with 499, as nginx does.
          status: response.writableFinished ? response.statusCode : 499,
          durationMs: performance.now() - started,
          requestId,
        }),
      );
    });
    return requestContext().run({ requestId }, () => handle(request, response));
  };
}
