import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * Runs the browser tests (node's test runner, one file after another) against the built app.
 * Builds first if no build exists. Usage: npm run test:e2e [-- e2e/accounts.e2e.ts …]
 */
function main() {
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
    console.log("[e2e] Pas de build : next build…");
    execFileSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], { stdio: "inherit" });
  }
  const args = process.argv.slice(2);
  const files = args.length
    ? args
    : fs
        .readdirSync("e2e")
        .filter((f) => f.endsWith(".e2e.ts"))
        .sort()
        .map((f) => path.join("e2e", f));
  const res = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=1", "--test-reporter=spec", ...files], { stdio: "inherit" });
  process.exit(res.status ?? 1);
}

main();
