import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";

delete process.env.AUTH_SECRET;
let dataDir: string;

/** getAuthSecret as a freshly started portal has it, with its data in `dataDir`. */
async function freshGetAuthSecret() {
  vi.resetModules();
  process.env.PODPORA_DATA_DIR = dataDir;
  return (await import("@/lib/auth/auth-secret")).getAuthSecret;
}

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "podpora-secret-"));
});

describe("the embedded default's auth secret", () => {
  it("is made on first start, readable by its owner only, and the same after a restart", async () => {
    const secret = (await freshGetAuthSecret())();
    expect(secret).toMatch(/^[\w-]{43}$/);
    const file = path.join(dataDir, "auth-secret");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8")).toBe(`${secret}\n`);
    expect((await freshGetAuthSecret())()).toBe(secret);
    expect(await readdir(dataDir)).toEqual(["auth-secret"]);
  });

  it("stops the portal when its file is empty or too short, instead of signing with it", async () => {
    // Failing input: an empty file gave the secret "", and with it anyone could compute the
    // internal routes' key and create an admin.
    for (const kept of ["", "\n", "short-secret"]) {
      writeFileSync(path.join(dataDir, "auth-secret"), kept);
      const getAuthSecret = await freshGetAuthSecret();
      expect(() => getAuthSecret()).toThrow(/holds no usable secret.*Delete the file/);
    }
  });
});
