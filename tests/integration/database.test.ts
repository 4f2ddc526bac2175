import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";

describe("database", () => {
  it("is migrated and refuses an address that is not lower-cased", async () => {
    const db = await getDb();
    const tables = await db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public'`,
    );
    const rows = (Array.isArray(tables) ? tables : (tables as { rows: unknown[] }).rows) as {
      name: string;
    }[];
    const names = rows.map((table) => table.name);
    expect(names).toEqual(expect.arrayContaining(["users", "tickets", "messages", "outbox"]));
    await expect(db.insert(users).values({ email: "Mixed@Example.com" })).rejects.toThrow();
    const [row] = await db.insert(users).values({ email: "lower@example.com" }).returning();
    expect(row?.email).toBe("lower@example.com");
  });
});
