import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  transpilePackages: [
    "next-auth",
    "@auth/core",
    "jose",
    "oauth4webapi",
    "@panva/hkdf",
    "preact",
    "preact-render-to-string",
  ],
  poweredByHeader: false,
  experimental: {
    // a 1 MB candidates file plus the form around it; proxy.ts answers 413 above (BODY_LIMIT_BYTES)
    serverActions: { bodySizeLimit: "2mb" },
  },
};

export default nextConfig;
