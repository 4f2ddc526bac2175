import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Outside Next.js the marker package would throw; on the server it is a no-op anyway.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

const integration = (name: string, database: "pglite" | "postgres") => ({
  resolve: { alias },
  test: {
    name,
    include: ["tests/integration/**/*.test.ts"],
    env: { PODPORA_TEST_DATABASE: database },
    setupFiles: ["tests/support/setup-database.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"] } },
      integration("pglite", "pglite"),
      integration("postgres", "postgres"),
    ],
  },
});
