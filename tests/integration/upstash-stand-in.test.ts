import { Redis } from "@upstash/redis";
import { afterAll, describe, expect, it } from "vitest";
import { startUpstashStandIn } from "../support/upstash-stand-in";

const upstash = await startUpstashStandIn();
afterAll(() => upstash.close());

const client = (token = upstash.token) =>
  new Redis({ url: upstash.url, token, enableTelemetry: false, retry: false });
const key = (name: string) => `${upstash.keyPrefix}:${name}`;

describe("the Upstash stand-in, spoken to by the real @upstash/redis client", () => {
  it("answers single commands, pipelines and transactions as Upstash does", async () => {
    const redis = client();
    expect(await redis.set(key("text"), "Dvořáková 👋")).toBe("OK");
    expect(await redis.get(key("text"))).toBe("Dvořáková 👋");

    const pipeline = redis.pipeline();
    pipeline.incr(key("count"));
    pipeline.incr(key("count"));
    pipeline.get(key("count"));
    expect(await pipeline.exec()).toEqual([1, 2, 2]);

    const transaction = redis.multi();
    transaction.set(key("total"), 5);
    transaction.incrby(key("total"), 3);
    expect(await transaction.exec()).toEqual(["OK", 8]);

    await expect(redis.incr(key("text"))).rejects.toThrow(/not an integer/);
  });

  it("runs scripts by text and by hash", async () => {
    const redis = client();
    const script = "return redis.call('INCRBY', KEYS[1], ARGV[1])";
    const hash = await redis.scriptLoad(script);
    expect(await redis.evalsha(hash, [key("scripted")], [4])).toBe(4);
    expect(await redis.eval(script, [key("scripted")], [1])).toBe(5);
  });

  it("refuses a request without the token", async () => {
    await expect(client("not-the-token").get(key("text"))).rejects.toThrow(/Unauthorized/);
  });
});
