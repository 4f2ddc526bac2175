// The hosted target's services, started by playwright.config.ts before the portal: a fresh
// database on the real PostgreSQL server and stand-ins for Resend, Upstash and UploadThing on
// fixed ports.
// Its control address tells the tests which emails Resend's stand-in received.
import { createServer } from "node:http";
import postgres from "postgres";
import { startResendStandIn } from "../support/resend-stand-in";
import { startUploadThingStandIn } from "../support/uploadthing-stand-in";
import { startUpstashStandIn } from "../support/upstash-stand-in";
import { e2ePort } from "./e2e-paths";
import { hostedServices } from "./e2e-target";

async function resetDatabase() {
  const url = new URL(hostedServices.databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
}

await resetDatabase();
const resend = await startResendStandIn(hostedServices.resendApiKey, {
  port: hostedServices.resendPort,
});
const upstash = await startUpstashStandIn({
  port: hostedServices.upstashPort,
  token: hostedServices.upstashToken,
  keyPrefix: hostedServices.upstashKeyPrefix,
});
const uploadThing = await startUploadThingStandIn({
  port: hostedServices.uploadThingPort,
  appId: hostedServices.uploadThingAppId,
  apiKey: hostedServices.uploadThingApiKey,
});

const control = createServer((request, response) => {
  const url = new URL(request.url ?? "/", hostedServices.controlUrl);
  if (url.pathname === "/emails") {
    const key = url.searchParams.get("idempotencyKey");
    const emails = resend.emails.filter((email) => email.idempotencyKey === key);
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(emails));
    return;
  }
  response.writeHead(url.pathname === "/" ? 200 : 404).end();
});
control.listen(e2ePort + 1, "127.0.0.1");

async function stop() {
  control.close();
  await Promise.allSettled([resend.close(), upstash.close(), uploadThing.close()]);
  process.exit(0);
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
