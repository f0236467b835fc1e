import { loadEnvConfig } from "@next/env";

/** Scripts read .env and .env.local like the app does. */
loadEnvConfig(process.cwd());
