import { closeDb, getDb } from "@/db/client";
import { getConfig } from "@/lib/config/config";

const { database } = getConfig();
await getDb();
await closeDb();
process.stdout.write(
  `Migrations applied to ${database.kind === "postgres" ? "PostgreSQL" : `PGlite at ${database.dir}`}.\n`,
);
