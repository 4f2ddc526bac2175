import type { NextConfig } from "next";

// Attachments travel inside the Submit a Ticket form, so the action body limit must fit them.
// Keep in step with lib/files/attachment-rules.ts (files plus the text fields).
const formBodyLimit = "30mb";

const nextConfig: NextConfig = {
  agentRules: false,
  poweredByHeader: false,
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  experimental: {
    serverActions: { bodySizeLimit: formBodyLimit },
    proxyClientMaxBodySize: formBodyLimit,
  },
};

export default nextConfig;
