import { describe, expect, it } from "vitest";
import { retryDelayMs } from "@/lib/mail/deliver-outbox";
import { retryAfterMs } from "@/lib/mail/resend-sender";

const minute = 60_000;

describe("the wait before another delivery attempt", () => {
  it("reads retry-after in seconds or as an HTTP date, and ignores nonsense", () => {
    const now = Date.parse("2026-12-03T20:00:00Z");
    expect(retryAfterMs("120", now)).toBe(120_000);
    expect(retryAfterMs(" 0 ", now)).toBe(0);
    expect(retryAfterMs("Thu, 03 Dec 2026 20:05:00 GMT", now)).toBe(5 * minute);
    expect(retryAfterMs("Thu, 03 Dec 2026 19:00:00 GMT", now)).toBe(0);
    for (const header of [undefined, "", "soon", "-5", "1.5"]) {
      expect(retryAfterMs(header, now)).toBeUndefined();
    }
  });

  it("doubles from a minute to an hour, and waits at least what the provider asked", () => {
    expect([1, 2, 3, 7, 8].map((attempts) => retryDelayMs(attempts) / minute)).toEqual([
      1, 2, 4, 60, 60,
    ]);
    expect(retryDelayMs(1, 5 * minute)).toBe(5 * minute);
    expect(retryDelayMs(3, 30_000)).toBe(4 * minute);
    expect(retryDelayMs(1, 24 * 60 * minute)).toBe(60 * minute);
  });
});
