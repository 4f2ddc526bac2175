import path from "node:path";

export const repositoryRoot = path.join(import.meta.dirname, "..", "..");

/**
 * Which portal the browser tests run against. `embedded`: the defaults a newcomer gets (PGlite,
 * the dev mailbox, a local folder). `hosted`: the production path, on the real PostgreSQL server
 * and with local stand-ins for Resend, Upstash and UploadThing (tests/e2e/hosted-services.ts).
 */
export const e2eTarget = process.env.E2E_TARGET === "hosted" ? "hosted" : "embedded";

/** The port of the e2e portal; each port gets its own build and data folder. */
export const e2ePort = Number(process.env.E2E_PORT ?? (e2eTarget === "hosted" ? 3220 : 3210));

/** The e2e portal's data folder, emptied before each run. */
export const e2eDataDir = path.join(repositoryRoot, ".data", `e2e-${e2ePort}`);

/** Whether the portal under test keeps attachments on UploadThing (its stand-in, here). */
export const e2eUsesUploadThing = e2eTarget === "hosted" || Boolean(process.env.UPLOADTHING_TOKEN);
