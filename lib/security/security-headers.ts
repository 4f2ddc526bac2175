import "server-only";
import { getConfig } from "@/lib/config/config";
import { uploadConnectSources } from "@/lib/files/upload-connect-sources";
import { contentSecurityPolicy, createNonce } from "./content-security-policy";

/** Carries the nonce to the page being rendered; Next.js itself reads it from the policy. */
export const nonceHeader = "x-nonce";

/**
 * Attachments are customers' files: opened by mistake in the browser, they may run and load
 * nothing. Next.js keeps the first Content-Security-Policy a response gets, so proxy.ts must
 * give this one itself; the route (app/attachments/[id]) sets the same for other callers.
 */
export const attachmentPolicy = "sandbox; default-src 'none'";

// A year, without includeSubDomains: the portal is often one host (support.example.com) of a
// domain whose other hosts are not the portal's to decide for.
const strictTransportSecurity = "max-age=31536000";

/**
 * The headers proxy.ts puts on every page, action and route handler answer (the banned notice
 * too): the Content-Security-Policy with this request's nonce, and HSTS when the portal is
 * served over HTTPS in production. The headers that never change per request (nosniff,
 * Referrer-Policy, X-Frame-Options) are in next.config.ts, which also covers built assets.
 */
export function securityHeadersFor(pathname: string, config = getConfig()) {
  const nonce = createNonce();
  const headers: Record<string, string> = {
    "content-security-policy": pathname.startsWith("/attachments/")
      ? attachmentPolicy
      : contentSecurityPolicy({
          nonce,
          development: process.env.NODE_ENV === "development",
          uploadOrigins: uploadConnectSources(),
        }),
  };
  if (config.production && config.appUrl.startsWith("https:")) {
    headers["strict-transport-security"] = strictTransportSecurity;
  }
  return { nonce, headers };
}
