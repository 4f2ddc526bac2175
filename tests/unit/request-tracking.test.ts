import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { accessLogLine, trackRequests } from "@/lib/http/request-tracking.mjs";
import { log } from "@/lib/log";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Lines lib/log.ts writes, read back from stdout while a test runs. */
let written: Record<string, unknown>[] = [];

beforeEach(() => {
  written = [];
  vi.stubEnv("PODPORA_LOG_IN_TESTS", "1");
  const write = process.stdout.write.bind(process.stdout);
  vi.spyOn(process.stdout, "write").mockImplementation((chunk, ...rest) => {
    const text = String(chunk);
    if (text.startsWith('{"time"')) written.push(JSON.parse(text));
    else write(chunk, ...(rest as []));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** A node:http server as server.mjs builds it, around `handle`. */
async function serve(handle: (request: IncomingMessage, response: ServerResponse) => unknown) {
  const accessLines: Record<string, unknown>[] = [];
  const server = createServer(trackRequests(handle, (line) => accessLines.push(JSON.parse(line))));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accessLines,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe("request ids", () => {
  it("are given to every request, answered in X-Request-Id and put in its log lines", async () => {
    const seen: (string | undefined)[] = [];
    const server = await serve(async (request, response) => {
      seen.push(request.headers["x-request-id"] as string);
      await Promise.resolve();
      log.info("ticket.created", { ticketId: "t1", password: "hunter2" });
      response.end("ok");
    });
    const response = await fetch(`${server.url}/tickets/new`, {
      headers: { "x-request-id": "chosen-by-the-client" },
    });
    await response.text();
    await server.close();

    const id = response.headers.get("x-request-id") ?? "";
    expect(id).toMatch(uuid);
    expect(seen).toEqual([id]);
    expect(written).toEqual([
      {
        time: expect.any(String),
        level: "info",
        event: "ticket.created",
        requestId: id,
        ticketId: "t1",
        password: "[redacted]",
      },
    ]);
  });

  it("keep requests handled at the same time apart", async () => {
    let release = () => {};
    const bothArrived = new Promise<void>((resolve) => {
      let arrived = 0;
      release = () => {
        arrived += 1;
        if (arrived === 2) resolve();
      };
    });
    const server = await serve(async (request, response) => {
      release();
      await bothArrived;
      log.info("page.shown", { path: request.url });
      response.end();
    });
    const responses = await Promise.all(["/a", "/b"].map((path) => fetch(`${server.url}${path}`)));
    await server.close();

    const ids = responses.map((response) => response.headers.get("x-request-id"));
    expect(new Set(ids).size).toBe(2);
    for (const [index, path] of ["/a", "/b"].entries()) {
      expect(written.find((line) => line.path === path)?.requestId).toBe(ids[index]);
    }
  });

  it("are not added to lines written outside any request", () => {
    log.info("outbox.sent", { outboxId: "o1" });
    expect(written).toHaveLength(1);
    expect(written[0]).not.toHaveProperty("requestId");
  });
});

describe("the access log", () => {
  it("writes one line per request, without the query string", async () => {
    const server = await serve((_request, response) => {
      response.statusCode = 303;
      response.end();
    });
    const response = await fetch(`${server.url}/auth/link?token=secret-token`, {
      method: "POST",
      redirect: "manual",
    });
    await server.close();

    expect(server.accessLines).toEqual([
      {
        time: expect.any(String),
        level: "info",
        event: "http.request",
        requestId: response.headers.get("x-request-id"),
        method: "POST",
        path: "/auth/link",
        status: 303,
        durationMs: expect.any(Number),
      },
    ]);
    expect(JSON.stringify(server.accessLines)).not.toContain("secret-token");
  });

  it("rounds the duration to whole milliseconds and keeps the time of the answer", () => {
    const line = accessLogLine(
      { method: "GET", url: "/", status: 200, durationMs: 12.6, requestId: "r1" },
      new Date("2026-01-02T03:04:05.000Z"),
    );
    expect(line).toBe(
      '{"time":"2026-01-02T03:04:05.000Z","level":"info","event":"http.request",' +
        '"requestId":"r1","method":"GET","path":"/","status":200,"durationMs":13}\n',
    );
  });
});
