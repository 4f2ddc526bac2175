import { describe, expect, it } from "vitest";
import { parseSeedOptions } from "@/db/seed/seed-options";

describe("the seed's command line", () => {
  it("takes a ticket count, or 1,000 without one", () => {
    expect(parseSeedOptions([])).toEqual({ tickets: 1_000 });
    expect(parseSeedOptions(["--tickets", "100000"])).toEqual({ tickets: 100_000 });
    expect(parseSeedOptions(["--tickets=2_500"])).toEqual({ tickets: 2_500 });
  });

  it("refuses what is not a count, naming it", () => {
    expect(parseSeedOptions(["--tickets", "lots"])).toEqual({
      error: '--tickets must be a whole number from 1 to 10000000, not "lots"',
    });
    expect(parseSeedOptions(["--tickets"])).toHaveProperty("error");
    expect(parseSeedOptions(["--tickets", "0"])).toHaveProperty("error");
    expect(parseSeedOptions(["--users", "5"])).toEqual({ error: "Unknown option --users" });
  });
});
