import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";

/**
 * Gives each integration test file a database of its own: a fresh PostgreSQL database on the
 * local server, or an in-memory PGlite, and a private data folder for uploads.
 */
const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const kind = process.env.PODPORA_TEST_DATABASE;
const databaseName = `podpora_test_${randomBytes(6).toString("hex")}`;
const dataDir = await mkdtemp(path.join(tmpdir(), "podpora-test-"));

process.env.PODPORA_DATA_DIR = dataDir;
if (kind === "postgres") {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${databaseName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  process.env.DATABASE_URL = url.toString();
} else {
  process.env.DATABASE_URL = "";
  process.env.PGLITE_DIR = "memory://";
}

beforeAll(async () => {
  const { getDb } = await import("@/db/client");
  await getDb();
});

afterAll(async () => {
  const { closeDb } = await import("@/db/client");
  await closeDb();
  if (kind === "postgres") {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${databaseName} with (force)`);
    await admin.end();
  }
  await rm(dataDir, { recursive: true, force: true });
});
