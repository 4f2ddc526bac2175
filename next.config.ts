import type { NextConfig } from "next";

// Attachments travel inside the Submit a Ticket form, so the action body limit must fit them.
// Keep in step with lib/files/attachment-rules.ts (files plus the text fields).
const formBodyLimit = "30mb";

const nextConfig: NextConfig = {
  agentRules: false,
  // Lets a second build (browser tests on another port) live beside the usual .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // An emailed link's page has its token in the address; no Referer may carry it to another
  // site. (Not no-referrer: then browsers post its forms with Origin: null, which Next.js's
  // CSRF check rightly refuses.)
  async headers() {
    return [
      {
        // No page of the portal may be framed by another site (clickjacking), or sniffed. The
        // Content-Security-Policy (with frame-ancestors 'none') needs a nonce per request, so
        // proxy.ts sets it (lib/security/security-headers.ts).
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      { source: "/auth/link", headers: [{ key: "Referrer-Policy", value: "same-origin" }] },
    ];
  },
  experimental: {
    serverActions: { bodySizeLimit: formBodyLimit },
    proxyClientMaxBodySize: formBodyLimit,
  },
};

export default nextConfig;
