import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/config";

describe("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", () => {
  it("takes an AES key in base64, as `openssl rand -base64 32` prints it", () => {
    for (const bytes of [16, 24, 32]) {
      const key = randomBytes(bytes).toString("base64");
      expect(() => parseConfig({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })).not.toThrow();
    }
    expect(() => parseConfig({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "" })).not.toThrow();
  });

  it("stops start-up with its name when the key cannot be one", () => {
    for (const key of [
      randomBytes(20).toString("base64"),
      randomBytes(32).toString("hex"),
      "correct horse battery staple",
    ]) {
      expect(() => parseConfig({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })).toThrow(
        /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be 16, 24 or 32 random bytes/,
      );
    }
  });
});
