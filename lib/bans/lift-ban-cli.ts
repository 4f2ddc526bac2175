import "server-only";
import { userInfo } from "node:os";
import nextEnv from "@next/env";
import { closeDb, getDb } from "@/db/client";
import { pgliteFolderHolder } from "@/db/pglite-lock";
import { getConfig } from "@/lib/config/config";
import { AppError } from "@/lib/errors";
import { banAdminKey } from "./ban-admin-key";
import { banKeyFor } from "./ban-key";
import { type LiftedBan, liftBan } from "./lift-ban";

/**
 * `npm run ban:lift -- <ip>`: lifts a ban at once. PostgreSQL (and Upstash) can be opened by
 * this process beside the portal, so it lifts the ban itself. The embedded PGlite can only be
 * open in one process: while the portal has it, this asks the portal's internal route at
 * APP_URL, showing a key derived from the auth secret both processes read.
 */
async function main(args: string[]): Promise<number> {
  // Read .env and .env.local as the portal does, so both derive the same key and database.
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", {
    info() {},
    error() {},
  });
  const [address] = args;
  if (!address || args.length > 1 || !banKeyFor(address)) {
    process.stderr.write("Usage: npm run ban:lift -- <IP address, or IPv6 network/64>\n");
    return 2;
  }
  const by = `cli:${userInfo().username}`;
  const { database, appUrl } = getConfig();
  const portal = database.kind === "pglite" ? pgliteFolderHolder(database.dir) : null;

  const result = portal
    ? await liftThroughPortal(appUrl, address, by)
    : await liftHere(address, by);
  process.stdout.write(
    result.lifted > 0
      ? `Lifted the ban on ${result.ip}; it can use the portal again now.\n`
      : `${result.ip} was not banned; its counts start afresh.\n`,
  );
  return 0;
}

async function liftHere(address: string, by: string): Promise<LiftedBan> {
  try {
    // Opened (and migrated) first: the lift itself has only BAN_STORE_TIMEOUT_MS.
    await getDb();
    return await liftBan(address, by);
  } finally {
    await closeDb();
  }
}

async function liftThroughPortal(appUrl: string, address: string, by: string) {
  const url = `${appUrl}/api/internal/bans/lift`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${banAdminKey()}`, "content-type": "application/json" },
      body: JSON.stringify({ ip: address, by }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new Error(
      `The running portal has the database open but did not answer at ${url} ` +
        `(${error instanceof Error ? error.message : String(error)}). Is APP_URL right?`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as Partial<LiftedBan & { error: string }>;
  if (!response.ok || typeof body.ip !== "string" || typeof body.lifted !== "number") {
    throw new Error(`The portal at ${url} refused: ${response.status} ${body.error ?? ""}`.trim());
  }
  return { ip: body.ip, lifted: body.lifted };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof AppError
        ? error.userMessage
        : error instanceof Error
          ? error.message
          : error;
    process.stderr.write(`${String(message)}\n`);
    process.exitCode = 1;
  },
);
