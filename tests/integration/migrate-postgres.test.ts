import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, expect, it } from "vitest";
import { openDatabase } from "@/db/client";

// Runs on the PostgreSQL project only (vitest.config.ts): a database of its own, not yet migrated.
const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `podpora_migrate_${randomBytes(6).toString("hex")}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;

afterAll(async () => {
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
});

it("lets several instances start on one new database at once, each finding it migrated", async () => {
  const instances = await Promise.all(
    [1, 2, 3, 4].map(() => openDatabase({ kind: "postgres", url: url.toString() })),
  );
  try {
    const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
    const applied = await client`select count(*)::int as n from drizzle.__drizzle_migrations`;
    const tickets = await client`select count(*)::int as n from tickets`;
    await client.end();
    const journal = await import("@/db/migrations/meta/_journal.json");
    expect(applied[0]?.n).toBe(journal.entries.length);
    expect(tickets[0]?.n).toBe(0);
  } finally {
    await Promise.all(instances.map((instance) => instance.close()));
  }
});
