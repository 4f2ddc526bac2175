import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getConfig } from "@/lib/config/config";

let secret: string | undefined;

/**
 * AUTH_SECRET, or on the embedded default a secret generated on first start and kept beside
 * the data, so that sessions survive a restart without any configuration.
 */
export function getAuthSecret(): string {
  if (secret) return secret;
  const config = getConfig();
  if (config.authSecret) {
    secret = config.authSecret;
    return secret;
  }
  const file = path.join(config.dataDir, "auth-secret");
  try {
    secret = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(config.dataDir, { recursive: true });
    const generated = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, `${generated}\n`, { mode: 0o600, flag: "wx" });
      secret = generated;
    } catch {
      // Another start wrote it first: use theirs.
      secret = readFileSync(file, "utf8").trim();
    }
  }
  return secret;
}
