import { Agent, createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { gracefulShutdown } from "@/lib/http/graceful-shutdown.mjs";

const agents: Agent[] = [];
afterEach(() => {
  for (const agent of agents.splice(0)) agent.destroy();
});

/** A real server whose /slow requests wait until the test lets them answer. */
async function startServer() {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let arrived = () => {};
  const slowArrived = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const events: string[] = [];
  const server: Server = createServer(async (request, response) => {
    response.once("finish", () => events.push(`answered ${request.url}`));
    if (request.url === "/slow") {
      arrived();
      await released;
    }
    response.end(`answered ${request.url}`);
  });
  const shutdown = gracefulShutdown(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, shutdown, port, release, slowArrived, events };
}

/** A GET over a keep-alive connection, as browsers and load balancers make them. */
function request(port: number, path: string) {
  const agent = new Agent({ keepAlive: true });
  agents.push(agent);
  return new Promise<{ status: number; body: string; connection?: string }>((resolve, reject) => {
    get({ host: "127.0.0.1", port, path, agent }, (response) => {
      let body = "";
      response.on("data", (chunk) => {
        body += chunk;
      });
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          body,
          connection: response.headers.connection,
        }),
      );
    }).on("error", reject);
  });
}

describe("graceful shutdown of the HTTP server", () => {
  it("refuses new connections, lets a request in flight finish, then stops the application", async () => {
    const { shutdown, port, release, slowArrived, events } = await startServer();
    const idle = await request(port, "/fast");
    expect(idle.connection).toBe("keep-alive");
    const inFlight = request(port, "/slow");
    await slowArrived;
    const lines: string[] = [];

    const stopped = shutdown.shutDown({
      graceMs: 5_000,
      stopApplication: async () => {
        events.push("application stopped");
      },
      write: (line) => lines.push(line),
    });

    await expect(request(port, "/fast")).rejects.toMatchObject({ code: "ECONNREFUSED" });
    release();
    expect(await inFlight).toMatchObject({ status: 200, body: "answered /slow" });
    const started = performance.now();
    expect(await stopped).toBe(0);
    // Without closing the finished request's keep-alive connection, this waits 5 s for it.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(events).toEqual(["answered /fast", "answered /slow", "application stopped"]);
    expect(lines.map((line) => JSON.parse(line).event)).toEqual([
      "server.stopping",
      "server.stopped",
    ]);
  });

  it("cuts a request that outlasts the grace period, and still stops the application", async () => {
    const { shutdown, port, slowArrived } = await startServer();
    const hanging = request(port, "/slow");
    await slowArrived;
    const lines: string[] = [];
    let applicationStopped = false;

    const started = performance.now();
    const code = await shutdown.shutDown({
      graceMs: 200,
      stopApplication: async () => {
        applicationStopped = true;
      },
      write: (line) => lines.push(line),
    });

    expect(code).toBe(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(applicationStopped).toBe(true);
    await expect(hanging).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(lines.map((line) => JSON.parse(line).event)).toEqual([
      "server.stopping",
      "server.requests_cut",
      "server.stopped",
    ]);
  });

  it("answers 1 and logs why when the application cannot stop cleanly", async () => {
    const { shutdown } = await startServer();
    const lines: string[] = [];

    const code = await shutdown.shutDown({
      stopApplication: async () => {
        throw new Error("PGlite could not close its folder");
      },
      write: (line) => lines.push(line),
    });

    expect(code).toBe(1);
    expect(JSON.parse(lines.at(-1) ?? "{}")).toMatchObject({
      level: "error",
      event: "server.stop_failed",
      error: "Error: PGlite could not close its folder",
    });
  });

  it("answers 1 when the application takes longer than the grace period to stop", async () => {
    const { shutdown } = await startServer();
    const lines: string[] = [];

    const code = await shutdown.shutDown({
      graceMs: 100,
      stopApplication: () => new Promise<void>(() => {}),
      write: (line) => lines.push(line),
    });

    expect(code).toBe(1);
    expect(JSON.parse(lines.at(-1) ?? "{}")).toMatchObject({
      event: "server.stop_failed",
      error: "Error: still stopping after 100 ms",
    });
  });
});
