import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/config";
import { contentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";
import { securityHeadersFor } from "@/lib/security/security-headers";

function directives(policy: string) {
  return Object.fromEntries(
    policy.split("; ").map((directive) => {
      const [name = "", ...sources] = directive.split(" ");
      return [name, sources];
    }),
  );
}

describe("the Content-Security-Policy", () => {
  it("lets scripts run only with this response's nonce, and inline styles only with it", () => {
    const policy = directives(
      contentSecurityPolicy({ nonce: "bm9uY2U=", development: false, uploadOrigins: [] }),
    );
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(policy["style-src"]).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    expect(policy).toMatchObject({
      "default-src": ["'self'"],
      "img-src": ["'self'", "data:", "blob:"],
      "connect-src": ["'self'"],
      "frame-ancestors": ["'none'"],
      "form-action": ["'self'"],
      "base-uri": ["'self'"],
      "object-src": ["'none'"],
    });
    expect(JSON.stringify(policy)).not.toMatch(/unsafe-(inline|eval)|ws:/);
  });

  it("lets the browser reach the upload service named by the attachment storage", () => {
    const policy = directives(
      contentSecurityPolicy({
        nonce: "n",
        development: false,
        uploadOrigins: ["https://uploads.example.com", "https://*.ingest.example.com"],
      }),
    );
    expect(policy["connect-src"]).toEqual([
      "'self'",
      "https://uploads.example.com",
      "https://*.ingest.example.com",
    ]);
  });

  it("allows what `next dev` needs only in development", () => {
    const policy = directives(
      contentSecurityPolicy({ nonce: "n", development: true, uploadOrigins: [] }),
    );
    expect(policy["script-src"]).toContain("'unsafe-eval'");
    expect(policy["connect-src"]).toEqual(["'self'", "ws:", "wss:"]);
    expect(policy["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("gets a new 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("the security headers of an answer", () => {
  const production = (appUrl: string) => parseConfig({ NODE_ENV: "production", APP_URL: appUrl });

  it("carry the policy with the nonce handed to the page", () => {
    const { nonce, headers } = securityHeadersFor("/", production("https://support.example.com"));
    expect(headers["content-security-policy"]).toContain(`'nonce-${nonce}'`);
    expect(securityHeadersFor("/", production("https://support.example.com")).nonce).not.toBe(
      nonce,
    );
  });

  it("give attachment downloads a policy under which they run and load nothing", () => {
    const config = production("https://support.example.com");
    expect(securityHeadersFor("/attachments/0b7c", config).headers).toEqual({
      "content-security-policy": "sandbox; default-src 'none'",
      "strict-transport-security": "max-age=31536000",
    });
    expect(
      securityHeadersFor("/attachmentsx", config).headers["content-security-policy"],
    ).toContain("script-src");
  });

  it("ask for HTTPS only in production behind an https APP_URL", () => {
    const hsts = (config: ReturnType<typeof parseConfig>) =>
      securityHeadersFor("/", config).headers["strict-transport-security"];
    expect(hsts(production("https://support.example.com"))).toBe("max-age=31536000");
    expect(hsts(production("http://127.0.0.1:3000"))).toBeUndefined();
    expect(hsts(parseConfig({ APP_URL: "https://support.example.com" }))).toBeUndefined();
  });
});
