import "server-only";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

/** The advisory lock that migrations hold: "podp" in ASCII. Only Podpora's migrations take it. */
const migrationLock = 0x706f6470;

/**
 * Brings the database's schema up to date while holding an advisory lock, so instances that
 * start at the same moment (a rolling deploy, several replicas) migrate one after another: the
 * first applies the migrations, the others find them applied. The lock lives on a connection of
 * its own and ends with it, even if this process dies half-way.
 */
export async function migratePostgres(url: string, migrationsFolder: string): Promise<void> {
  const client = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${migrationLock})`;
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.end({ timeout: 5 });
  }
}
