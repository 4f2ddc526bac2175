// The UploadThing stand-in as a process of its own, for a portal started outside the tests:
//   UPLOADTHING_STAND_IN_PORT=3305 node_modules/.bin/tsx tests/support/uploadthing-stand-in-server.ts
// It prints its address, then the UPLOADTHING_ variables to start the portal with. The app id
// and API key may be fixed (UPLOADTHING_STAND_IN_APP_ID, UPLOADTHING_STAND_IN_API_KEY, which
// must start with sk_), so the portal's configuration can be written before it starts.
import { startUploadThingStandIn } from "./uploadthing-stand-in";

const standIn = await startUploadThingStandIn({
  port: Number(process.env.UPLOADTHING_STAND_IN_PORT ?? 0),
  appId: process.env.UPLOADTHING_STAND_IN_APP_ID,
  apiKey: process.env.UPLOADTHING_STAND_IN_API_KEY,
});
process.stdout.write(`${standIn.url}\n`);
for (const [name, value] of Object.entries(standIn.portalEnv)) {
  process.stdout.write(`${name}=${value}\n`);
}

async function stop() {
  await standIn.close();
  process.exit(0);
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
