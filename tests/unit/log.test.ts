import { describe, expect, it } from "vitest";
import { describeError } from "@/lib/log";

describe("logged errors", () => {
  it("keep the database's reason but never a failed query's parameters", () => {
    const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: "22021",
    });
    const error = new Error(
      "Failed query: insert into users values ($1, $2)\nparams: ana@example.com,$argon2id$v=19$secret",
      { cause },
    );
    const line = describeError(error);
    expect(line).toBe('Error: invalid byte sequence for encoding "UTF8": 0x00 (22021)');
    expect(line).not.toContain("argon2");
    expect(line).not.toContain("ana@example.com");
  });

  it("never repeats a failed query even without a cause", () => {
    expect(describeError(new Error("Failed query: select $1\nparams: secret"))).toBe(
      "Error: query failed",
    );
  });
});
