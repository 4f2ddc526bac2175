import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { config } from "@/proxy";

const kind = process.env.PODPORA_TEST_DATABASE === "postgres" ? "postgres" : "pglite";

describe("GET /api/health", () => {
  it("answers 200 with the state of the database and the ban store, and not how mail is sent", async () => {
    const response = await GET();

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      status: "ok",
      database: { kind, state: "up" },
      banStore: { kind: "postgres", state: "up" },
    });
    // Failing input: it said "dev-mailbox", telling anyone that /dev/mailbox shows sign-in links.
    expect(await (await GET()).text()).not.toMatch(/mail/i);
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

  it("is counted toward the ban like any route: each answer asks the database and the ban store", () => {
    // Failing input: left out of proxy.ts, anyone could ask it without end, each time costing a
    // database query and an Upstash command. A load balancer's probe is far below the limit.
    expect(unstable_doesMiddlewareMatch({ config, url: "/api/health" })).toBe(true);
  });
});
