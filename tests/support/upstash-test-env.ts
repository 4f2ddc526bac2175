import { afterAll } from "vitest";
import { startUpstashStandIn } from "./upstash-stand-in";

/**
 * Points the portal's ban store at a local Upstash stand-in in front of the real Redis, with a
 * key prefix of this test file's own. Imported before any module reads the configuration.
 */
export const upstash = await startUpstashStandIn();
process.env.UPSTASH_REDIS_REST_URL = upstash.url;
process.env.UPSTASH_REDIS_REST_TOKEN = upstash.token;
process.env.UPSTASH_KEY_PREFIX = upstash.keyPrefix;

afterAll(() => upstash.close());
