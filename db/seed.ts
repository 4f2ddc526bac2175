import nextEnv from "@next/env";
import { closeDb, getDb } from "@/db/client";
import { pgliteFolderHolder } from "@/db/pglite-lock";
import { hashPassword } from "@/lib/auth/passwords";
import { ConfigError, getConfig } from "@/lib/config/config";
import { demoPassword } from "./seed/demo-password";
import { SeedRefused, seedDatabase } from "./seed/seed-database";
import { parseSeedOptions } from "./seed/seed-options";

/**
 * `npm run db:seed [-- --tickets 100000]`: fills an empty database (the configured one, like
 * the portal's) with demo customers, an organisation, the support team and tickets.
 */
async function main(args: string[]): Promise<number> {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", {
    info() {},
    error() {},
  });
  const options = parseSeedOptions(args);
  if ("error" in options) {
    process.stderr.write(`${options.error}\nUsage: npm run db:seed -- [--tickets <count>]\n`);
    return 2;
  }
  const { database, ticketCategories } = getConfig();
  const portal = database.kind === "pglite" ? pgliteFolderHolder(database.dir) : null;
  if (portal) {
    process.stderr.write(
      `The portal (process ${portal}) has the PGlite database in ${database.dir} open, and ` +
        "PGlite can be open in only one process. Stop the portal, then seed again.\n",
    );
    return 1;
  }

  const started = Date.now();
  const passwordHash = await hashPassword(demoPassword);
  try {
    const db = await getDb();
    const summary = await seedDatabase(db, {
      tickets: options.tickets,
      passwordHash,
      categories: ticketCategories,
    });
    const where = database.kind === "postgres" ? "PostgreSQL" : `PGlite at ${database.dir}`;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const lines = [
      `Seeded ${where} in ${seconds} s: ${summary.tickets} tickets with ${summary.messages} ` +
        `messages, ${summary.people} people (${summary.guests} guests), ` +
        `${summary.organisations} organisations, ${summary.staff} staff.`,
      `Sign in with the password "${demoPassword}" as:`,
      ...summary.accounts.map((account) => `  ${account.email.padEnd(32)} ${account.role}`),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  } finally {
    await closeDb();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (!(error instanceof SeedRefused || error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  },
);
