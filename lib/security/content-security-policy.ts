import "server-only";

export interface PolicyOptions {
  /** Fresh for every response; Next.js finds it in the request's policy and puts it on its scripts. */
  nonce: string;
  /** `next dev` evaluates code for its error overlay and talks to the browser over a websocket. */
  development: boolean;
  /** Origins the browser uploads attachments to (from lib/files/upload-connect-sources.ts). */
  uploadOrigins: string[];
}

/** 128 random bits, base64: what a CSP nonce is meant to be, and new on every request. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (and
 * what those scripts load, by 'strict-dynamic'), so text a customer typed can never run as code.
 * Styles need no 'unsafe-inline': Podpora's CSS is in files, and the inline <style> tags Next.js
 * and the ban notice write carry the nonce.
 */
export function contentSecurityPolicy({ nonce, development, uploadOrigins }: PolicyOptions) {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // The development overlay sets style attributes, which a nonce cannot allow.
    "style-src": development ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...uploadOrigins, ...(development ? ["ws:", "wss:"] : [])],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}
