import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for UploadThing on a local port, speaking what the real `uploadthing` server SDK
 * and browser client use when pointed at it with UPLOADTHING_INGEST_URL, UPLOADTHING_API_URL
 * and UPLOADTHING_UFS_HOST ("localhost:<port>", which the SDK serves over http by path):
 * - POST /route-metadata (API key): the SDK registers the keys it presigned, with the route's
 *   metadata and callback address (production mode; the dev-mode stream is not spoken);
 * - HEAD and PUT /<key>?…&signature=…: the browser's upload, a multipart "file", checked
 *   against the HMAC-signed URL; the stand-in then calls the portal's route with the signed
 *   `uploadthing-hook: callback` and, as UploadThing does with awaitServerData, answers the
 *   upload only once the portal has posted its /callback-result;
 * - GET /a/<appId>/<key>?expires=…&signature=…: a file, through a signed URL that expires;
 * - POST /v6/deleteFiles (API key): UTApi's deleteFiles, `{ fileKeys }`, removes the stored
 *   files, so a later download is not found; answers `{ success, deletedCount }`.
 */
export interface StoredFile {
  key: string;
  name: string;
  type: string;
  bytes: Buffer;
  acl: string;
  contentDisposition: string;
}

export interface UploadThingStandIn {
  url: string;
  /** The UPLOADTHING_ variables that point the portal at this stand-in. */
  portalEnv: Record<string, string>;
  files: Map<string, StoredFile>;
  /** Answers the next `count` API requests (those with the API key) with a 500. */
  failNext: (count: number) => void;
  close: () => Promise<void>;
}

interface Registration {
  metadata: unknown;
  callbackUrl: string;
  callbackSlug: string;
  awaitServerData: boolean;
}

export async function startUploadThingStandIn(
  options: { port?: number; appId?: string; apiKey?: string } = {},
): Promise<UploadThingStandIn> {
  const appId = options.appId ?? `app${randomBytes(4).toString("hex")}`;
  const apiKey = options.apiKey ?? `sk_test_${randomBytes(16).toString("hex")}`;
  const registrations = new Map<string, Registration>();
  const callbackResults = new Map<string, (data: unknown) => void>();
  const files = new Map<string, StoredFile>();
  let failures = 0;
  let base = "";

  const sign = (payload: string) =>
    `hmac-sha256=${createHmac("sha256", apiKey).update(payload).digest("hex")}`;

  /** The signed URL's parameters, if its signature is this app's and it has not expired. */
  function verifiedParams(request: IncomingMessage): URLSearchParams | null {
    const full = `${base}${request.url ?? "/"}`;
    const at = full.lastIndexOf("&signature=");
    if (at < 0) return null;
    const given = Buffer.from(decodeURIComponent(full.slice(at + "&signature=".length)));
    const expected = Buffer.from(sign(full.slice(0, at)));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const params = new URL(full).searchParams;
    return Number(params.get("expires")) > Date.now() ? params : null;
  }

  async function upload(request: IncomingMessage, response: ServerResponse, key: string) {
    const params = verifiedParams(request);
    const registration = registrations.get(key);
    if (!params || !registration) return json(response, 403, { error: "Invalid signed URL" });
    if (request.method === "HEAD") {
      response.writeHead(200, { "x-ut-range-start": "0" }).end();
      return;
    }
    const signed = (name: string) => decodeURIComponent(params.get(name) ?? "");
    const form = await new Response(new Uint8Array(await readBody(request)), {
      headers: { "content-type": request.headers["content-type"] ?? "" },
    }).formData();
    const file = form.get("file");
    if (!(file instanceof Blob)) return json(response, 400, { error: "No file in the upload" });
    const bytes = Buffer.from(await file.arrayBuffer());
    if (bytes.byteLength !== Number(signed("x-ut-file-size"))) {
      return json(response, 400, { error: "File size does not match the signed size" });
    }
    const stored: StoredFile = {
      key,
      name: signed("x-ut-file-name"),
      type: signed("x-ut-file-type") || "application/octet-stream",
      bytes,
      acl: signed("x-ut-acl") || "public-read",
      contentDisposition: signed("x-ut-content-disposition") || "inline",
    };
    files.set(key, stored);
    registrations.delete(key);

    const ufsUrl = `${base}/a/${appId}/${key}`;
    const fileHash = createHash("md5").update(bytes).digest("hex");
    const serverData = new Promise<unknown>((resolve) => callbackResults.set(key, resolve));
    const payload = JSON.stringify({
      status: "uploaded",
      metadata: registration.metadata,
      origin: base,
      file: {
        key,
        name: stored.name,
        size: bytes.byteLength,
        type: stored.type,
        customId: null,
        url: ufsUrl,
        appUrl: ufsUrl,
        ufsUrl,
        fileHash,
      },
    });
    const callback = new URL(registration.callbackUrl);
    callback.searchParams.set("slug", registration.callbackSlug);
    const answer = await fetch(callback, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "uploadthing-hook": "callback",
        "x-uploadthing-signature": sign(payload),
      },
      body: payload,
    }).catch((error: unknown) => ({ ok: false, status: String(error) }));
    if (!answer.ok) {
      callbackResults.delete(key);
      return json(response, 200, { error: `The app's callback failed (${answer.status})` });
    }
    const data = registration.awaitServerData ? await serverData : null;
    json(response, 200, { url: ufsUrl, appUrl: ufsUrl, ufsUrl, fileHash, serverData: data });
  }

  async function api(request: IncomingMessage, response: ServerResponse, path: string) {
    if (request.headers["x-uploadthing-api-key"] !== apiKey) {
      return json(response, 401, { error: "Invalid API key" });
    }
    const body = JSON.parse((await readBody(request)).toString("utf8") || "{}");
    if (failures > 0) {
      failures -= 1;
      return json(response, 500, { error: "The stand-in was told to fail" });
    }
    if (path === "/route-metadata") {
      if (body.isDev) return json(response, 400, { error: "The stand-in speaks production mode" });
      for (const key of body.fileKeys as string[]) {
        registrations.set(key, {
          metadata: body.metadata,
          callbackUrl: body.callbackUrl,
          callbackSlug: body.callbackSlug,
          awaitServerData: body.awaitServerData !== false,
        });
      }
      return json(response, 200, { ok: true });
    }
    if (path === "/callback-result") {
      callbackResults.get(body.fileKey)?.(body.callbackData ?? null);
      callbackResults.delete(body.fileKey);
      return json(response, 200, { ok: true });
    }
    if (path === "/v6/deleteFiles") {
      const keys = body.fileKeys as string[];
      const deletedCount = keys.filter((key) => files.delete(key)).length;
      return json(response, 200, { success: true, deletedCount });
    }
    json(response, 404, { error: "The stand-in does not know this request" });
  }

  function download(request: IncomingMessage, response: ServerResponse, key: string) {
    const file = files.get(key);
    if (!file) return json(response, 404, { error: "Not found" });
    if (file.acl === "private" && !verifiedParams(request)) {
      return json(response, 403, { error: "Invalid or expired signature" });
    }
    const disposition = `${file.contentDisposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`;
    response.writeHead(200, {
      "content-type": file.type,
      "content-length": String(file.bytes.byteLength),
      "content-disposition": disposition,
    });
    response.end(file.bytes);
  }

  const server = createServer((request, response) => {
    response.setHeader("access-control-allow-origin", "*");
    if (request.method === "OPTIONS") {
      response.writeHead(204, {
        "access-control-allow-methods": "GET, HEAD, PUT, POST",
        "access-control-allow-headers": "*",
        "access-control-max-age": "600",
      });
      return response.end();
    }
    response.setHeader("access-control-expose-headers", "x-ut-range-start");
    const path = new URL(request.url ?? "/", base).pathname;
    const served = path.startsWith(`/a/${appId}/`)
      ? Promise.resolve(download(request, response, path.slice(`/a/${appId}/`.length)))
      : request.method === "POST"
        ? api(request, response, path)
        : upload(request, response, path.slice(1));
    served.catch((error: unknown) => json(response, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "localhost", resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    portalEnv: uploadThingStandInEnv(base, { appId, apiKey }),
    files,
    failNext: (count) => {
      failures += count;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The portal's UPLOADTHING_ variables for a stand-in at `url` (http://localhost:<port>), known
 * before it starts when its app id and API key are chosen by the caller.
 */
export function uploadThingStandInEnv(
  url: string,
  secrets: { appId: string; apiKey: string },
): Record<string, string> {
  const token = { apiKey: secrets.apiKey, appId: secrets.appId, regions: ["local"] };
  return {
    UPLOADTHING_TOKEN: Buffer.from(JSON.stringify(token)).toString("base64"),
    UPLOADTHING_INGEST_URL: url,
    UPLOADTHING_API_URL: url,
    UPLOADTHING_UFS_HOST: new URL(url).host,
  };
}

function json(response: ServerResponse, status: number, body: unknown) {
  if (response.headersSent) return;
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
