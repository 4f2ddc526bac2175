/**
 * `npm run bench`: builds the production portal, and for each data set size seeds a fresh
 * PostgreSQL database, starts the portal and the floor server (bench/floor-server.ts) on it,
 * and measures three scenarios against both from this process. See BENCHMARKS.md.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { demoPassword } from "../db/seed/demo-password";
import { e2eBanEnv } from "../tests/e2e/ban-settings";
import { createBenchDatabase } from "./bench-database";
import { type Measurement, run } from "./load";
import { processCpuMs } from "./process-cpu";
import { runToEnd, type Started, startServer } from "./processes";
import { growthTable, type Row, resultTable } from "./report";
import { floorLoads, portalLoads, scenarios, signIn } from "./scenarios";

const { values: options } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,100000" },
    seconds: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    "skip-build": { type: "boolean", default: false },
  },
});
const sizes = options.sizes.split(",").map((size) => Number(size.replace(/_/g, "")));
const load = {
  connections: Number(options.connections),
  seconds: Number(options.seconds),
  warmupSeconds: Number(options.warmup),
};
const portalPort = Number(process.env.BENCH_PORT ?? 3315);
const floorPort = portalPort + 1;
const portal = `http://127.0.0.1:${portalPort}`;
const floor = `http://127.0.0.1:${floorPort}`;
const distDir = ".next-bench";

async function build() {
  // `next build` adds its folder's types to tsconfig.json; the checkout keeps its own.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  process.stdout.write(`Building the portal into ${distDir} ...\n`);
  try {
    const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
    await runToEnd("node_modules/.bin/next", ["build"], env);
  } finally {
    writeFileSync("tsconfig.json", tsconfig);
  }
}

function portalEnv(databaseUrl: string, dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...e2eBanEnv,
    // High enough that the load itself is never banned; the requests still go through the check.
    BAN_REQUEST_LIMIT: "10000000",
    BAN_TICKET_SUBMISSION_LIMIT: "10000",
    TRUSTED_PROXY_COUNT: "0",
    NODE_ENV: "production",
    PORT: String(portalPort),
    HOSTNAME: "127.0.0.1",
    APP_URL: portal,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    PODPORA_DATA_DIR: dataDir,
    AUTH_SECRET: "benchmark-secret-benchmark-secret-benchmark",
    // Mail stays in the outbox: no Resend, no dev mailbox.
    DEV_MAILBOX: "false",
    RESEND_API_KEY: "",
    UPSTASH_REDIS_REST_URL: "",
    UPSTASH_REDIS_REST_TOKEN: "",
  };
}

async function measureSize(size: number): Promise<Row[]> {
  process.stdout.write(`\n${size.toLocaleString("en")} tickets: seeding ...\n`);
  const database = await createBenchDatabase(size);
  const dataDir = await mkdtemp(path.join(tmpdir(), "podpora-bench-"));
  const servers: Started[] = [];
  try {
    // Both servers are one process each (tsx as a loader, not its CLI), so their CPU is theirs.
    servers.push(
      await startServer("node", ["server.mjs"], portalEnv(database.url, dataDir), `${portal}/`),
      await startServer(
        "node",
        ["--import", "tsx", "bench/floor-server.ts"],
        { ...process.env, DATABASE_URL: database.url, PORT: String(floorPort) },
        `${floor}/`,
      ),
    );
    const cookies = {
      customer: await signIn(portal, "customer@demo.example", demoPassword),
      agent: await signIn(portal, "agent@podpora.example", demoPassword),
    };
    const pids = { podpora: servers[0]?.child.pid, floor: servers[1]?.child.pid };
    const targets = {
      podpora: await portalLoads(portal, cookies),
      floor: floorLoads(floor, database.customerId),
    };

    const rows: Row[] = [];
    for (const scenario of scenarios) {
      const measured: Partial<Record<"podpora" | "floor", Measurement>> = {};
      for (const target of ["podpora", "floor"] as const) {
        await run(targets[target][scenario], load.connections, load.warmupSeconds);
        const before = await database.tickets();
        const cpuBefore = processCpuMs(pids[target]);
        const result = await run(targets[target][scenario], load.connections, load.seconds);
        const cpuAfter = processCpuMs(pids[target]);
        const stored = (await database.tickets()) - before;
        if (cpuBefore !== null && cpuAfter !== null && result.requests > 0) {
          result.cpuMsPerRequest = (cpuAfter - cpuBefore) / result.requests;
        }
        // Every accepted submission must have stored its ticket (a few more may finish after
        // the run stops counting answers).
        if (scenario === "submit ticket" && stored < result.requests - result.errors) {
          process.stdout.write(
            `  ${target}: only ${stored} tickets stored for ${result.requests - result.errors} answers\n`,
          );
          result.errors += result.requests - result.errors - stored;
        }
        measured[target] = result;
        process.stdout.write(
          `  ${scenario.padEnd(14)} ${target.padEnd(8)} ${result.perSecond.toFixed(0).padStart(5)} req/s  ` +
            `p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  ` +
            `CPU ${result.cpuMsPerRequest?.toFixed(2) ?? "?"} ms/answer  errors ${result.errors}\n`,
        );
      }
      if (measured.podpora && measured.floor) {
        rows.push({ size, scenario, podpora: measured.podpora, floor: measured.floor });
      }
    }
    return rows;
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (!options["skip-build"]) await build();
const rows: Row[] = [];
for (const size of sizes) rows.push(...(await measureSize(size)));
process.stdout.write(
  `\n${load.connections} connections, ${load.seconds} s per measurement after ${load.warmupSeconds} s of warm-up\n\n` +
    `${resultTable(rows)}\n\n${growthTable(rows)}\n`,
);
