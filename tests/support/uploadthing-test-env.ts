import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll } from "vitest";
import { startUploadThingStandIn } from "./uploadthing-stand-in";

/**
 * Import first: configures this test file's portal for UploadThing, pointed at a stand-in, and
 * serves the portal's real /api/uploadthing route over HTTP, where the stand-in calls back.
 */
export const uploadThing = await startUploadThingStandIn();

const portal = createServer(async (request, response) => {
  const route = await import("@/app/api/uploadthing/route");
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const answer = await (request.method === "POST" ? route.POST : route.GET)(
    new NextRequest(new URL(request.url ?? "/", portalUrl), {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.method === "POST" ? Buffer.concat(chunks) : undefined,
    }),
  );
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(Buffer.from(await answer.arrayBuffer()));
});
await new Promise<void>((resolve) => portal.listen(0, "127.0.0.1", resolve));
export const portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;

process.env.APP_URL = portalUrl;
Object.assign(process.env, uploadThing.portalEnv);

afterAll(async () => {
  portal.closeAllConnections();
  await new Promise((resolve) => portal.close(resolve));
  await uploadThing.close();
});

export { signedInCookie } from "./signed-in-cookie";
