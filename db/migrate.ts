import { closeDb, getDb } from "@/db/client";
import { ConfigError, getConfig } from "@/lib/config/config";

try {
  const { database } = getConfig();
  await getDb();
  await closeDb();
  const where = database.kind === "postgres" ? "PostgreSQL" : `PGlite at ${database.dir}`;
  process.stdout.write(`Migrations applied to ${where}.\n`);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
