import "server-only";
import nextEnv from "@next/env";
import { closeDb } from "@/db/client";
import { pgliteFolderHolder } from "@/db/pglite-lock";
import { banAdminKey } from "@/lib/bans/ban-admin-key";
import { getConfig } from "@/lib/config/config";
import { AppError } from "@/lib/errors";
import { addStaffMember, staffInvitationInput } from "./add-staff-member";

/**
 * `npm run staff:create-admin -- <email>`: makes the address an admin of the support team and
 * emails it a link to set up the account (on the embedded default, into the dev mailbox). Like
 * `ban:lift`, while a portal holds the embedded PGlite this asks the portal's internal route,
 * with the operator key derived from the auth secret; otherwise it opens the database itself.
 */
async function main(args: string[]): Promise<number> {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", {
    info() {},
    error() {},
  });
  const [email] = args;
  const parsed = staffInvitationInput.safeParse({ email, role: "admin" });
  if (!parsed.success || args.length > 1) {
    process.stderr.write("Usage: npm run staff:create-admin -- <email address>\n");
    return 2;
  }
  const { database, appUrl } = getConfig();
  const portal = database.kind === "pglite" ? pgliteFolderHolder(database.dir) : null;
  if (portal) await createThroughPortal(appUrl, parsed.data.email);
  else await createHere(parsed.data.email);
  process.stdout.write(
    `${parsed.data.email} is an admin of the support team; a link to set up the account was emailed.\n`,
  );
  return 0;
}

async function createHere(email: string) {
  try {
    await addStaffMember({ email, role: "admin" }, null);
  } finally {
    await closeDb();
  }
}

async function createThroughPortal(appUrl: string, email: string) {
  const url = `${appUrl}/api/internal/staff/create-admin`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${banAdminKey()}`, "content-type": "application/json" },
      body: JSON.stringify({ email }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new Error(
      `The running portal has the database open but did not answer at ${url} ` +
        `(${error instanceof Error ? error.message : String(error)}). Is APP_URL right?`,
    );
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(`The portal at ${url} refused: ${response.status} ${body.error ?? ""}`.trim());
  }
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
