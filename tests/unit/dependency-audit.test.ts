import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import {
  type Advisory,
  type NpmAdvisoryStandIn,
  startNpmAdvisoryStandIn,
} from "@/tests/support/npm-advisory-stand-in";

// The real `npm audit` runs against a stand-in of the registry's advisory service.
const installedZod = JSON.parse(readFileSync("node_modules/zod/package.json", "utf8")).version;
let standIn: NpmAdvisoryStandIn | undefined;

afterEach(() => standIn?.close());

function audit(env: Record<string, string>) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      "node",
      ["scripts/audit-dependencies.mjs"],
      { env: { ...process.env, AUDIT_REQUIRED: "", ...env } },
      (error, stdout, stderr) => {
        const code = error ? Number(error.code ?? 1) : 0;
        resolve({ code, output: stdout + stderr });
      },
    );
  });
}

async function auditWith(advisories: Record<string, Advisory> | "refuse", required = false) {
  standIn = await startNpmAdvisoryStandIn(advisories);
  return audit({ AUDIT_REGISTRY: standIn.url, AUDIT_REQUIRED: required ? "true" : "" });
}

describe("the dependency audit", { timeout: 60_000 }, () => {
  it("fails on a critical advisory in a production dependency and names it", async () => {
    const result = await auditWith({
      zod: { title: "Parser escapes its sandbox", severity: "critical", vulnerableVersions: "*" },
    });

    expect(result.code).toBe(1);
    expect(result.output).toMatch(/critical\s+zod: Parser escapes its sandbox/);
    expect(standIn?.lastAsked()?.zod).toEqual([installedZod]);
  });

  it("fails on a high advisory too", async () => {
    const result = await auditWith({
      next: { title: "Cache poisoning", severity: "high", vulnerableVersions: "*" },
    });

    expect(result.code).toBe(1);
    expect(result.output).toMatch(/high\s+next: Cache poisoning/);
  });

  it("passes on moderate advisories and on versions outside the vulnerable range", async () => {
    const result = await auditWith({
      zod: { title: "Slow regex", severity: "moderate", vulnerableVersions: "*" },
      next: { title: "Old bug", severity: "critical", vulnerableVersions: "<1.0.0" },
    });

    expect(result.output).toContain("no high or critical advisory in production dependencies");
    expect(result.code).toBe(0);
  });

  it("leaves development-only dependencies out of the audit", async () => {
    const result = await auditWith({
      vitest: { title: "Test runner flaw", severity: "critical", vulnerableVersions: "*" },
    });

    expect(standIn?.lastAsked()).not.toHaveProperty("vitest");
    expect(standIn?.lastAsked()).toHaveProperty("next");
    expect(result.code).toBe(0);
  });

  it("says loudly when the advisory service refuses, and fails then only when required", async () => {
    const lenient = await auditWith("refuse");
    expect(lenient.code).toBe(0);
    expect(lenient.output).toContain("NOT checked");

    await standIn?.close();
    const required = await auditWith("refuse", true);
    expect(required.code).toBe(1);
    expect(required.output).toContain("the advisory service could not be asked: 405");
  });
});
