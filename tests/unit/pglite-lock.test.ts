import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lockPgliteFolder } from "@/db/pglite-lock";

let dir = "";
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("the PGlite folder lock", () => {
  it("refuses a second process while the first holds the folder", async () => {
    dir = path.join(await mkdtemp(path.join(tmpdir(), "podpora-lock-")), "pglite");
    const release = lockPgliteFolder(dir);
    const script = `import("${path.resolve("db/pglite-lock.ts")}").then((m) => m.lockPgliteFolder(${JSON.stringify(dir)}))`;
    const second = spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
      encoding: "utf8",
    });

    expect(second.status).not.toBe(0);
    expect(second.stderr).toContain(`in use by another process (pid ${process.pid})`);
    release();
  });

  it("takes over a lock left behind by a process that is gone", async () => {
    dir = path.join(await mkdtemp(path.join(tmpdir(), "podpora-lock-")), "pglite");
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    }).stdout;
    await writeFile(`${dir}.lock`, dead);

    const release = lockPgliteFolder(dir);
    expect(await readFile(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
  });
});
