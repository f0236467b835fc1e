import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { rowsOf } from "@/lib/auth/rate-limit";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

/** Database reachable, migrations applied, app version. 503 when something is wrong. */
export async function GET() {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  const expected = journal.entries.length;
  let applied = 0;
  let database: "ok" | "injoignable" = "ok";
  try {
    const rows = rowsOf<{ n: number }>(await getDb().execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
    applied = Number(rows[0]?.n ?? 0);
  } catch {
    database = "injoignable";
  }
  // ">=": during a rolling deploy the first new instance applies the new (additive) migrations
  // while the old ones still serve; they must stay in the load balancer
  const ok = database === "ok" && applied >= expected;
  return Response.json(
    { status: ok ? "ok" : "erreur", database, migrations: { applied, expected }, version: pkg.version },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
