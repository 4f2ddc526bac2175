import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

describe("the page to return to after signing in", () => {
  it.each(["/my-tickets", "/tickets/new?category=Billing", "/profile#password", "/%0a/evil.test"])(
    "keeps the same-site path %j",
    (path) => {
      expect(safeRedirectPath(path)).toBe(path);
    },
  );

  it.each([
    "//evil.test",
    "//evil.test/my-tickets",
    "/\\evil.test",
    "/\\/evil.test",
    "https://evil.test",
    "http:evil.test",
    "javascript:alert(1)",
    "/\t/evil.test",
    "\\\\evil.test",
    "",
    undefined,
    ["/my-tickets"],
  ])("refuses %j", (input) => {
    const path = safeRedirectPath(input);
    expect(path).toBe("/my-tickets");
  });

  it("never yields a path a browser would read as another host", () => {
    for (const input of ["/%2F%2Fevil.test", "/.//evil.test", "/a/../..//evil.test"]) {
      const path = safeRedirectPath(input);
      expect(new URL(path, "https://portal.example").host).toBe("portal.example");
    }
  });
});
