import { execFile } from "node:child_process";
import { chown, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * A PostgreSQL server of one test file's own, in a temporary folder on a free port, which the
 * test may stop, start and freeze as a real outage would: the machine's shared server must
 * stay up for every other test. Built with the machine's initdb and pg_ctl.
 */
export interface PrivatePostgres {
  url: string;
  /** `pg_ctl stop -m fast`: sessions are ended and new connections refused, as in a restart. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops (SIGSTOP) or resumes every process of the server: it hangs without closing anything. */
  freeze: (on: boolean) => Promise<void>;
  destroy: () => Promise<void>;
}

async function binDir() {
  if (process.env.TEST_POSTGRES_BIN) return process.env.TEST_POSTGRES_BIN;
  const versions = (await readdir("/usr/lib/postgresql")).sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error("No PostgreSQL in /usr/lib/postgresql; set TEST_POSTGRES_BIN");
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(),
      );
    });
  });
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = await binDir();
  const folder = await mkdtemp(path.join(tmpdir(), "podpora-pg-"));
  const data = path.join(folder, "data");
  const port = await freePort();
  // PostgreSQL refuses to run as root, so as root (CI, containers) it runs as `postgres`.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await chown(folder, ...(await postgresUser()));
  const pg = (tool: string, ...args: string[]) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args])
      : run(path.join(bin, tool), args);

  await pg("initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync");
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => {
    await pg("pg_ctl", "start", "-w", "-D", data, "-l", path.join(folder, "log"), "-o", options);
  };
  const processes = async () => {
    const postmaster = (await readFile(path.join(data, "postmaster.pid"), "utf8")).split("\n")[0];
    const { stdout } = await run("pgrep", ["-P", String(postmaster)]).catch(() => ({ stdout: "" }));
    return [Number(postmaster), ...stdout.split("\n").filter(Boolean).map(Number)];
  };
  let frozen = false;
  const freeze = async (on: boolean) => {
    for (const pid of await processes()) process.kill(pid, on ? "SIGSTOP" : "SIGCONT");
    frozen = on;
  };
  await start();

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop: async () => {
      await pg("pg_ctl", "stop", "-w", "-m", "fast", "-D", data);
    },
    freeze,
    destroy: async () => {
      if (frozen) await freeze(false);
      await pg("pg_ctl", "stop", "-w", "-m", "immediate", "-D", data).catch(() => {});
      await rm(folder, { recursive: true, force: true });
    },
  };
}

async function postgresUser(): Promise<[number, number]> {
  const { stdout } = await run("id", ["-u", "postgres"]);
  const { stdout: group } = await run("id", ["-g", "postgres"]);
  return [Number(stdout.trim()), Number(group.trim())];
}
