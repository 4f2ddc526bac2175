import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { runToEnd } from "./processes";

const serverUrl = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface BenchDatabase {
  url: string;
  customerId: string;
  tickets: () => Promise<number>;
  drop: () => Promise<void>;
}

/**
 * A fresh `podpora_bench_*` database on the PostgreSQL server, migrated and seeded with
 * `ticketCount` tickets by `npm run db:seed`. `drop` removes it, with whatever is connected.
 */
export async function createBenchDatabase(ticketCount: number): Promise<BenchDatabase> {
  const name = `podpora_bench_${ticketCount}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const drop = async () => {
    await sql.end({ timeout: 2 });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 2 });
  };

  try {
    const tsx = "node_modules/.bin/tsx";
    const env = { ...process.env, DATABASE_URL: url.toString(), NODE_ENV: "production" as const };
    const seedArgs = ["--conditions=react-server", "db/seed.ts", "--tickets", String(ticketCount)];
    const output = await runToEnd(tsx, seedArgs, env);
    process.stdout.write(`  ${output.split("\n")[0]}\n`);
    const [customer] = await sql`select id from users where email = 'customer@demo.example'`;
    const tickets = async () => Number((await sql`select count(*) from tickets`)[0]?.count);
    return { url: url.toString(), customerId: String(customer?.id), tickets, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}
