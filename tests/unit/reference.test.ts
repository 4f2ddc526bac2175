import { describe, expect, it } from "vitest";
import { newReference, normaliseReference } from "@/lib/tickets/reference";

describe("ticket references", () => {
  it("are short, hyphenated and use no look-alike characters", () => {
    for (let i = 0; i < 500; i++) {
      expect(newReference()).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    }
  });

  it("do not repeat or follow a sequence", () => {
    const references = Array.from({ length: 2000 }, newReference);
    expect(new Set(references).size).toBe(references.length);
    const sorted = [...references].sort();
    expect(sorted).not.toEqual(references);
  });

  it("are found whatever the case, spacing or hyphen a person types", () => {
    expect(normaliseReference("k7qm-4xtd")).toBe("K7QM-4XTD");
    expect(normaliseReference(" K7QM 4XTD ")).toBe("K7QM-4XTD");
    expect(normaliseReference("k7qm4xtd")).toBe("K7QM-4XTD");
  });

  it("refuse what cannot be a reference", () => {
    expect(normaliseReference("")).toBeNull();
    expect(normaliseReference("K7QM-4XT")).toBeNull();
    expect(normaliseReference("K7QM-4XTO")).toBeNull();
    expect(normaliseReference("'; drop table tickets; --")).toBeNull();
  });
});
