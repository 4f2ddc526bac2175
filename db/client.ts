import "server-only";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { type Config, getConfig } from "@/lib/config/config";
import { migratePostgres } from "./migrate-postgres";
import { lockPgliteFolder } from "./pglite-lock";
import { openPostgresPool } from "./postgres-pool";
import { queryCounter } from "./query-count";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface OpenDatabase {
  /** Read it for each unit of work: a Postgres pool is replaced after an outage. */
  readonly db: Database;
  close: () => Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/**
 * Opens the configured database and brings its schema up to date. PGlite has no lock across
 * processes, so one data folder must only ever be opened by one process.
 */
export async function openDatabase(database: Config["database"]): Promise<OpenDatabase> {
  if (database.kind === "postgres") {
    await migratePostgres(database.url, migrationsFolder);
    const pool = openPostgresPool(database.url);
    return {
      get db() {
        return pool.current() as unknown as Database;
      },
      close: pool.close,
    };
  }

  let unlock = () => {};
  if (!database.dir.startsWith("memory://")) {
    await mkdir(database.dir, { recursive: true });
    unlock = lockPgliteFolder(database.dir);
  }
  try {
    const client = new PGlite(database.dir);
    const db = drizzlePglite(client, { schema, logger: queryCounter });
    await migratePglite(db, { migrationsFolder });
    const close = async () => {
      await client.close();
      unlock();
    };
    return { db: db as unknown as Database, close };
  } catch (error) {
    unlock();
    throw error;
  }
}

// Kept on globalThis so that hot reloading in development never opens the PGlite folder twice.
const holder = globalThis as typeof globalThis & { podporaDatabase?: Promise<OpenDatabase> };

/** The process's database, opened (and migrated) on first use. */
export async function getDb(): Promise<Database> {
  holder.podporaDatabase ??= openDatabase(getConfig().database).catch((error: unknown) => {
    holder.podporaDatabase = undefined;
    throw error;
  });
  return (await holder.podporaDatabase).db;
}

export async function closeDb(): Promise<void> {
  const open = holder.podporaDatabase;
  holder.podporaDatabase = undefined;
  if (open) await (await open).close();
}
