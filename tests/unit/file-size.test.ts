import { describe, expect, it } from "vitest";
import { formatFileSize } from "@/lib/files/file-size";

describe("an attachment's size", () => {
  it.each([
    [0, "0 bytes"],
    [1, "1 byte"],
    [17, "17 bytes"],
    [1023, "1,023 bytes"],
    [1024, "1 KB"],
    [1536, "1.5 KB"],
    [10_188, "9.9 KB"],
    [10_200, "10 KB"],
    [122_880, "120 KB"],
    [1_047_552, "1,023 KB"],
    [1_048_100, "1 MB"],
    [2_411_725, "2.3 MB"],
    [10 * 1024 * 1024, "10 MB"],
    [25 * 1024 * 1024, "25 MB"],
  ])("of %d bytes reads %j", (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});
