import "server-only";
import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, getConfig } from "@/lib/config/config";

/** As long as AUTH_SECRET must be; 32 random bytes in base64url are 43 characters. */
const minimumLength = 32;

let secret: string | undefined;

/**
 * AUTH_SECRET, or on the embedded default a secret generated on first start and kept beside
 * the data, so that sessions survive a restart without any configuration. A kept secret that is
 * too short (an emptied or cut file) stops the portal: everything signed with it, sessions,
 * emailed links and the internal routes' keys, would be open to anyone.
 */
export function getAuthSecret(): string {
  if (secret) return secret;
  const config = getConfig();
  if (config.authSecret) {
    secret = config.authSecret;
    return secret;
  }
  const file = path.join(config.dataDir, "auth-secret");
  const kept = readKeptSecret(file) ?? createSecret(config.dataDir, file);
  if (kept.length < minimumLength) {
    throw new ConfigError([
      `${file} holds no usable secret (it needs ${minimumLength} characters or more). Delete the file to have a new one made (everyone is signed out), or set AUTH_SECRET.`,
    ]);
  }
  secret = kept;
  return secret;
}

function readKeptSecret(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Writes a new secret to a file of its own, then links it into place, so that the secret file
 * appears whole or not at all: a second process starting at the same time never reads it empty,
 * and the one that loses the race uses the winner's.
 */
function createSecret(dataDir: string, file: string): string {
  mkdirSync(dataDir, { recursive: true });
  const generated = randomBytes(32).toString("base64url");
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, `${generated}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
    return generated;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return readFileSync(file, "utf8").trim();
  } finally {
    unlinkSync(draft);
  }
}
