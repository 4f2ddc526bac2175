import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for the part of the Resend HTTP API that `resend.emails.send` uses, on a random
 * local port. It records every accepted email and can be told to fail or hang.
 */
export interface ReceivedEmail {
  id: string;
  idempotencyKey: string | undefined;
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
}

export interface ResendStandIn {
  url: string;
  apiKey: string;
  emails: ReceivedEmail[];
  /** Every POST /emails that reached the stand-in, accepted or not. */
  requestCount: () => number;
  /** Answers the next `count` requests with this error (500 internal_server_error by default). */
  failNext: (count: number, error?: StandInFailure) => void;
  /** Never answers the next `count` requests. */
  hangNext: (count: number) => void;
  /** Accepts and records the next `count` emails but never answers, as if the answer got lost. */
  acceptSilentlyNext: (count: number) => void;
  /** Forgets every failure, hang and silent accept still to come: Resend works again. */
  recover: () => void;
  close: () => Promise<void>;
}

export interface StandInFailure {
  status: number;
  name: string;
  /** Extra response headers, e.g. `retry-after` with a 429. */
  headers?: Record<string, string>;
}

function reply(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { ...headers, "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function replyError(response: ServerResponse, statusCode: number, name: string, message: string) {
  reply(response, statusCode, { statusCode, name, message });
}

async function readBody(request: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** A random port unless given: the hosted e2e portal needs it in advance. */
export async function startResendStandIn(
  apiKey = "re_test_stand_in_key",
  options: { port?: number } = {},
): Promise<ResendStandIn> {
  const emails: ReceivedEmail[] = [];
  const byIdempotencyKey = new Map<string, { body: string; id: string }>();
  const failures: StandInFailure[] = [];
  let hangs = 0;
  let silentAccepts = 0;
  let requests = 0;

  const server = createServer(async (request, response) => {
    if (request.method !== "POST" || request.url !== "/emails") {
      return replyError(response, 404, "not_found", "The requested endpoint does not exist.");
    }
    requests += 1;
    const body = await readBody(request);
    if (request.headers.authorization !== `Bearer ${apiKey}`) {
      return replyError(response, 401, "invalid_api_key", "API key is invalid");
    }
    if (hangs > 0) {
      hangs -= 1;
      return;
    }
    const failure = failures.shift();
    if (failure) {
      const { status, name, headers } = failure;
      return reply(
        response,
        status,
        { statusCode: status, name, message: "Stand-in failure" },
        headers,
      );
    }

    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(body);
    } catch {
      return replyError(response, 422, "validation_error", "The body is not valid JSON.");
    }
    const to = typeof payload.to === "string" ? [payload.to] : payload.to;
    const valid =
      typeof payload.from === "string" &&
      Array.isArray(to) &&
      to.length > 0 &&
      to.every((address) => typeof address === "string") &&
      typeof payload.subject === "string" &&
      (typeof payload.html === "string" || typeof payload.text === "string");
    if (!valid) {
      return replyError(response, 422, "validation_error", "from, to and subject are required.");
    }

    const idempotencyKey = request.headers["idempotency-key"];
    const key = typeof idempotencyKey === "string" ? idempotencyKey : undefined;
    const earlier = key ? byIdempotencyKey.get(key) : undefined;
    if (earlier && earlier.body !== body) {
      const message = "Same idempotency key used with a different request payload.";
      return replyError(response, 409, "invalid_idempotent_request", message);
    }
    if (earlier) return reply(response, 200, { id: earlier.id });
    const silent = silentAccepts > 0;
    if (silent) silentAccepts -= 1;

    const id = randomUUID();
    if (key) byIdempotencyKey.set(key, { body, id });
    emails.push({
      id,
      idempotencyKey: key,
      from: payload.from as string,
      to: to as string[],
      subject: payload.subject as string,
      html: typeof payload.html === "string" ? payload.html : undefined,
      text: typeof payload.text === "string" ? payload.text : undefined,
    });
    if (!silent) reply(response, 200, { id });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    emails,
    requestCount: () => requests,
    failNext: (count, error = { status: 500, name: "internal_server_error" }) => {
      for (let i = 0; i < count; i += 1) failures.push(error);
    },
    hangNext: (count) => {
      hangs += count;
    },
    acceptSilentlyNext: (count) => {
      silentAccepts += count;
    },
    recover: () => {
      failures.length = 0;
      hangs = 0;
      silentAccepts = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
