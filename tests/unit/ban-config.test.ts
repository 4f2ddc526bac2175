import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/config";
import { envSchema } from "@/lib/config/env-schema";

describe("the ban settings", () => {
  it("default to a 10-minute ban and the documented limits, also when left empty", () => {
    for (const source of [{}, { BAN_MINUTES: "", BAN_REQUEST_LIMIT: "", UPSTASH_KEY_PREFIX: "" }]) {
      const { bans } = parseConfig(source);
      expect(bans.minutes).toBe(10);
      expect(bans.storeTimeoutMs).toBe(300);
      expect(bans.limits).toEqual({
        sign_in_failures: { limit: 5, windowSeconds: 15 * 60 },
        link_requests: { limit: 30, windowSeconds: 60 * 60 },
        ticket_submissions: { limit: 20, windowSeconds: 10 * 60 },
        requests: { limit: 600, windowSeconds: 60 },
      });
      expect(bans.upstash).toBeUndefined();
    }
  });

  it("use Upstash when both its URL and token are set", () => {
    const { bans } = parseConfig({
      UPSTASH_REDIS_REST_URL: "https://eu1-example.upstash.io",
      UPSTASH_REDIS_REST_TOKEN: "secret",
      BAN_MINUTES: "30",
    });
    expect(bans.upstash).toEqual({
      url: "https://eu1-example.upstash.io",
      token: "secret",
      keyPrefix: "podpora",
    });
    expect(bans.minutes).toBe(30);
  });

  it.each([
    [{ UPSTASH_REDIS_REST_URL: "https://eu1-example.upstash.io" }, "UPSTASH_REDIS_REST_TOKEN"],
    [{ UPSTASH_REDIS_REST_TOKEN: "secret" }, "UPSTASH_REDIS_REST_URL"],
    [{ BAN_MINUTES: "0" }, "BAN_MINUTES"],
    [{ BAN_SIGN_IN_FAILURE_LIMIT: "five" }, "BAN_SIGN_IN_FAILURE_LIMIT"],
    [{ BAN_STORE_TIMEOUT_MS: "5000" }, "BAN_STORE_TIMEOUT_MS"],
    [{ UPSTASH_KEY_PREFIX: "has spaces" }, "UPSTASH_KEY_PREFIX"],
  ])("stop start-up with a message naming the variable: %j", (source, name) => {
    expect(() => parseConfig(source)).toThrow(new RegExp(`- ${name}: `));
  });
});

describe(".env.example", () => {
  const example = readFileSync(path.resolve(".env.example"), "utf8");
  const names = [...example.matchAll(/^([A-Z_]+)=/gm)].map((match) => match[1] ?? "");

  it("documents every variable the portal reads", () => {
    const read = Object.keys(envSchema.shape).filter((name) => name !== "NODE_ENV");
    expect(names.sort()).toEqual(read.sort());
  });

  it("lets every ban and Upstash variable be left empty, as it shows them", () => {
    const ours = names.filter((name) => /^(BAN|UPSTASH)_/.test(name));
    expect(ours).toHaveLength(13);
    expect(parseConfig(Object.fromEntries(ours.map((name) => [name, ""]))).bans.minutes).toBe(10);
  });
});
