/**
 * The authorisation matrix: every server action and route handler of tickets and organisations,
 * run through its lib entry point as each kind of caller, allowed or refused as its row says.
 *
 * The rows live in tests/support/authorisation/<area>.ts; every file there is loaded, and every
 * exported array of rows (`MatrixRow[]`) and every exported `…Exemptions` object counts. To
 * add an area (the staff console, say), add tests/support/authorisation/staff.ts exporting
 * `staffRows: MatrixRow[]`: each row names what it `covers` ("app/…/actions.ts#export"), the
 * callers it `allowed`, and how to `run` the lib call as a caller against a fresh `World`
 * (world.ts). An action that needs no permission goes in an `…Exemptions` object with its
 * reason. The last test fails for any exported server action that no row or exemption covers.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Exemptions, MatrixRow } from "@/tests/support/authorisation/row";
import { buildWorld, callerKinds } from "@/tests/support/authorisation/world";

const root = path.resolve(import.meta.dirname, "../..");
const rowFolder = path.join(root, "tests/support/authorisation");

async function loadRows() {
  const rows: MatrixRow[] = [];
  const exemptions: Exemptions = {};
  for (const file of (await readdir(rowFolder)).filter((name) => name.endsWith(".ts"))) {
    const module: Record<string, unknown> = await import(path.join(rowFolder, file));
    for (const [name, value] of Object.entries(module)) {
      if (Array.isArray(value) && value.every((row) => typeof row?.run === "function")) {
        rows.push(...(value as MatrixRow[]));
      } else if (name.endsWith("Exemptions")) Object.assign(exemptions, value);
    }
  }
  return { rows, exemptions };
}

async function serverActions(folder = path.join(root, "app")): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await serverActions(full)));
    else if (entry.name === "actions.ts" || entry.name === "route.ts") {
      const source = await readFile(full, "utf8");
      const names = source.matchAll(/^export (?:async )?function (\w+)/gm);
      const file = path.relative(root, full).split(path.sep).join("/");
      found.push(...[...names].map((match) => `${file}#${match[1]}`));
    }
  }
  return found;
}

const { rows, exemptions } = await loadRows();

describe("the authorisation matrix", () => {
  it.each(rows.map((row) => [row.name, row] as const))(
    "%s",
    async (_name, row) => {
      const outcome: Record<string, boolean> = {};
      const expected: Record<string, boolean> = {};
      for (const kind of callerKinds) {
        const world = await buildWorld();
        outcome[kind] = await row.run(world.callers[kind], world);
        expected[kind] = row.allowed.includes(kind);
      }
      expect(outcome).toEqual(expected);
    },
    120_000,
  );

  it("has a row for every server action and route handler", async () => {
    const covered = new Set([...rows.flatMap((row) => row.covers), ...Object.keys(exemptions)]);
    const actions = await serverActions();
    const internal = actions.filter((action) => action.startsWith("app/api/internal/"));
    const missing = actions.filter((action) => !covered.has(action) && !internal.includes(action));
    expect(missing).toEqual([]);
  });
});
