import nextEnv from "@next/env";

/** Scripts read .env and .env.local like the app does. */
nextEnv.loadEnvConfig(process.cwd());
