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
};

export default nextConfig;
