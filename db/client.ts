import "server-only";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { type Config, getConfig } from "@/lib/config/config";
import { lockPgliteFolder } from "./pglite-lock";
import { queryCounter } from "./query-count";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface OpenDatabase {
  db: Database;
  close: () => Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/**
 * Opens the configured database and brings its schema up to date. PGlite has no lock across
 * processes, so one data folder must only ever be opened by one process.
 */
export async function openDatabase(database: Config["database"]): Promise<OpenDatabase> {
  if (database.kind === "postgres") {
    const client = postgres(database.url, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema, logger: queryCounter });
    await migratePostgres(db, { migrationsFolder });
    return { db: db as unknown as Database, close: () => client.end({ timeout: 5 }) };
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
