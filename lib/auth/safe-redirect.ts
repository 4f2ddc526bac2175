/**
 * A path on this site to go to after signing in, or the fallback. Anything that could lead
 * elsewhere (`//evil.test`, `/\evil.test`, `https://evil.test`, `javascript:`) is refused.
 */
export function safeRedirectPath(input: unknown, fallback = "/my-tickets"): string {
  if (typeof input !== "string" || !input.startsWith("/") || /^\/[/\\]/.test(input)) {
    return fallback;
  }
  if (/[\p{Cc}\\]/u.test(input)) return fallback;
  try {
    const base = "http://podpora.invalid";
    const url = new URL(input, base);
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Dot segments can collapse into `//host` once resolved: check the result, not the input.
    if (url.origin !== base || /^\/[/\\]/.test(path)) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
