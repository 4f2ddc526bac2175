import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema.ts with `npm run db:generate` and committed.
// They are applied by the app on start and by `npm run db:migrate`, not by drizzle-kit.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
