import { describe, expect, it } from "vitest";
import { registrationInput } from "@/lib/auth/auth-input";

const register = (password: string) =>
  registrationInput.safeParse({ name: "Ana", email: "ana@example.com", password });

describe("a new password", () => {
  it.each(["password1", "Qwerty123", "iloveyou", "12345678"])(
    "refuses the common %j",
    (password) => {
      const result = register(password);
      expect(result.error?.issues[0]?.message).toMatch(/one of the most common ones/);
    },
  );

  it("takes a long passphrase with spaces and any characters, without composition rules", () => {
    expect(register("my cat likes warm radiators in winter ☀️").success).toBe(true);
    expect(register("x".repeat(256)).success).toBe(true);
    expect(register("lowercaseonly").success).toBe(true);
  });

  it("says how long it must be", () => {
    expect(register("short").error?.issues[0]?.message).toMatch(/at least 8 characters/);
    expect(register("x".repeat(257)).error?.issues[0]?.message).toMatch(/at most 256/);
  });
});
