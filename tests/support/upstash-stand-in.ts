import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "redis";
import { scriptFlagBridge } from "./upstash-script-flags";

/**
 * A stand-in for Upstash's REST API on a random local port, in front of the real Redis server
 * on 127.0.0.1:6379: POST / with one command as a JSON array, /pipeline and /multi-exec with a
 * list of them, `Authorization: Bearer <token>`, answers `{result}` or `[{result}]` (base64 when
 * asked with Upstash-Encoding). Scripts (EVAL, EVALSHA, SCRIPT LOAD) pass through like any
 * command. It can be told to hang, as an unreachable Upstash does.
 * One difference between the two is bridged by upstash-script-flags.ts.
 */
export interface UpstashStandIn {
  url: string;
  token: string;
  /** Every key the portal writes starts with this, so test files never share keys. */
  keyPrefix: string;
  /** While on, requests are taken in and never answered. */
  hang: (on: boolean) => void;
  close: () => Promise<void>;
}

type Reply = { result: unknown } | { error: string };

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** A random port, token and key prefix unless given: the hosted e2e portal needs them in advance. */
export async function startUpstashStandIn(
  options: { port?: number; token?: string; keyPrefix?: string } = {},
): Promise<UpstashStandIn> {
  const redis = createClient({ url: redisUrl });
  await redis.connect();
  const token = options.token ?? randomBytes(16).toString("hex");
  const keyPrefix = options.keyPrefix ?? `podpora-test-${randomBytes(6).toString("hex")}`;
  let hanging = false;

  const server = createServer(async (request, response) => {
    const body = await readJson(request);
    if (hanging) return;
    if (request.headers.authorization !== `Bearer ${token}`) {
      return reply(response, 401, { error: "Unauthorized" });
    }
    const base64 = request.headers["upstash-encoding"] === "base64";
    const encode = (answer: Reply) =>
      "result" in answer ? { result: encoded(answer.result, base64) } : answer;

    const command = request.url === "/" ? toCommand(body) : null;
    if (command) {
      const answer = await run(command);
      return reply(response, "error" in answer ? 400 : 200, encode(answer));
    }
    const list =
      request.url === "/pipeline" || request.url === "/multi-exec" ? toCommandList(body) : null;
    if (list) {
      const answers =
        request.url === "/pipeline" ? await Promise.all(list.map(run)) : await transaction(list);
      return reply(response, 200, answers.map(encode));
    }
    reply(response, 400, { error: "ERR the stand-in does not know this request" });
  });

  const forRedis = scriptFlagBridge();

  async function run(sent: string[]): Promise<Reply> {
    const { command, answer } = forRedis(sent);
    try {
      return { result: answer(await redis.sendCommand(command)) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  async function transaction(sent: string[][]): Promise<Reply[]> {
    const commands = sent.map(forRedis);
    const multi = redis.multi();
    for (const { command } of commands) multi.addCommand(command);
    try {
      const results = await multi.exec();
      return results.map((result, index) => ({ result: commands[index]?.answer(result) }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return commands.map(() => ({ error: message }));
    }
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    keyPrefix,
    hang: (on) => {
      hanging = on;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for await (const keys of redis.scanIterator({ MATCH: `${keyPrefix}:*`, COUNT: 500 })) {
        if (keys.length > 0) await redis.del(keys);
      }
      await redis.quit();
    },
  };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return null;
  }
}

/** A command as Redis takes it: Upstash accepts any JSON value as an argument, as its text. */
function toCommand(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  return value.map((part) => (typeof part === "string" ? part : JSON.stringify(part)));
}

function toCommandList(value: unknown): string[][] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const commands = value.map(toCommand);
  return commands.every((command) => command !== null) ? (commands as string[][]) : null;
}

function encoded(result: unknown, base64: boolean): unknown {
  if (!base64) return result;
  if (typeof result === "string") return Buffer.from(result, "utf8").toString("base64");
  if (Array.isArray(result)) return result.map((item) => encoded(item, base64));
  return result;
}

function reply(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}
