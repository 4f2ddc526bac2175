import { describe, expect, it } from "vitest";
import { openEmailData, sealEmailData } from "@/lib/mail/seal-email-data";
import { TemplateError } from "@/lib/mail/templates/registry";

// The configuration is read on first use, after this line: no secret file is written.
process.env.AUTH_SECRET = "unit-test-auth-secret-of-at-least-32-characters";

const link =
  "https://support.example.com/auth/link?token=Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg";
const email = {
  template: "sign_in_link",
  recipient: "ana@example.com",
  data: { link, context: "track", expiresInMinutes: 15 },
};

/** The same sealed value with one character in the middle changed. */
function tampered(sealed: string): string {
  const middle = Math.floor(sealed.length / 2);
  return `${sealed.slice(0, middle)}${sealed[middle] === "A" ? "B" : "A"}${sealed.slice(middle + 1)}`;
}

describe("sealed outbox data", () => {
  it("opens to the data it was sealed from, and shows nothing of it", () => {
    const data = sealEmailData(email);

    expect(Object.keys(data)).toEqual(["sealed"]);
    expect(JSON.stringify(data)).not.toContain("token");
    expect(JSON.stringify(data)).not.toContain("support.example.com");
    expect(openEmailData({ ...email, data })).toEqual(email.data);
    expect(sealEmailData(email).sealed).not.toBe(data.sealed);
  });

  it("refuses a tampered, truncated or malformed sealed value", () => {
    const { sealed } = sealEmailData(email);

    for (const broken of [tampered(sealed), sealed.slice(0, 40), sealed.slice(0, -1), "", "%%"]) {
      expect(() => openEmailData({ ...email, data: { sealed: broken } })).toThrow(TemplateError);
    }
    expect(() => openEmailData({ ...email, data: { sealed: tampered(sealed) } })).toThrow(
      "the stored email data cannot be opened: it was sealed with another AUTH_SECRET or altered",
    );
  });

  it("refuses data sealed for another address or another template", () => {
    const data = sealEmailData(email);

    expect(() => openEmailData({ ...email, recipient: "eve@example.com", data })).toThrow(
      TemplateError,
    );
    expect(() => openEmailData({ ...email, template: "reset_password", data })).toThrow(
      TemplateError,
    );
  });

  it("passes plain data from before sealing through as it is", () => {
    expect(openEmailData(email)).toBe(email.data);
    const notOnlySealed = { sealed: "x", link };
    expect(openEmailData({ ...email, data: notOnlySealed })).toBe(notOnlySealed);
  });
});
