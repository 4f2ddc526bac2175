import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { config } from "@/proxy";

const kind = process.env.PODPORA_TEST_DATABASE === "postgres" ? "postgres" : "pglite";

describe("GET /api/health", () => {
  it("answers 200 with the state of the database, the ban store and mail", async () => {
    const response = await GET();

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      status: "ok",
      database: { kind, state: "up" },
      banStore: { kind: "postgres", state: "up" },
      mail: { sender: "dev-mailbox" },
    });
  });

  it("names no host, port, user or database", async () => {
    const text = await (await GET()).text();
    const url = new URL(process.env.DATABASE_URL || "postgres://nobody@nowhere:1/none");
    // The user (postgres) is also the database's kind, so only its credentials form is checked.
    for (const secret of [url.hostname, `:${url.port}`, `${url.username}@`, url.pathname]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/\d+\.\d+\.\d+\.\d+|postgres:\/\/|memory:\/\//);
  });

  it("is not counted toward the ban for a flood of requests, unlike its neighbours", () => {
    const runs = (url: string) => unstable_doesMiddlewareMatch({ config, url });
    expect(runs("/api/health")).toBe(false);
    expect(runs("/api/healthz")).toBe(true);
    expect(runs("/api/health/more")).toBe(true);
  });
});
