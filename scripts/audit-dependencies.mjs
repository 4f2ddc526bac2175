// Fails when a production dependency has a known high or critical advisory, using npm's own audit
// against the registry's advisory service (AUDIT_REGISTRY points it elsewhere, e.g. a mirror).
// When the service cannot be asked, the run says so loudly; AUDIT_REQUIRED=true makes that fail.
import { spawnSync } from "node:child_process";

const failingSeverities = ["high", "critical"];

function runNpmAudit() {
  const registry = process.env.AUDIT_REGISTRY;
  const args = [
    "audit",
    "--omit=dev",
    "--json",
    "--prefer-online",
    ...(registry ? ["--registry", registry] : []),
  ];
  const run = spawnSync("npm", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  try {
    return JSON.parse(run.stdout);
  } catch {
    return {
      error: { summary: run.stderr.trim().split("\n").at(-1) || "npm audit gave no report" },
    };
  }
}

function findings(report) {
  return Object.values(report.vulnerabilities ?? {})
    .filter((vulnerability) => failingSeverities.includes(vulnerability.severity))
    .map((vulnerability) => {
      const advisories = vulnerability.via
        .filter((via) => typeof via === "object")
        .map((via) => `${via.title} (${via.url})`);
      const through =
        advisories.length > 0 ? advisories.join("; ") : `through ${vulnerability.via}`;
      return `${vulnerability.severity.padEnd(8)} ${vulnerability.name}: ${through}`;
    });
}

const report = runNpmAudit();

if (report.error || !report.metadata) {
  const reason = report.message || report.error?.summary || "the report had no results";
  process.stderr.write(`Dependency audit: the advisory service could not be asked: ${reason}\n`);
  if (process.env.AUDIT_REQUIRED === "true") process.exit(1);
  process.stderr.write("Dependency audit: NOT checked (set AUDIT_REQUIRED=true to fail here)\n");
  process.exit(0);
}

const found = findings(report);
if (found.length > 0) {
  process.stderr.write(
    `Dependency audit: ${found.length} production dependencies with a high or critical advisory\n`,
  );
  for (const line of found) process.stderr.write(`  ${line}\n`);
  process.exit(1);
}
const { total } = report.metadata.vulnerabilities;
process.stdout.write(
  `Dependency audit: no high or critical advisory in production dependencies (${total} lower)\n`,
);
