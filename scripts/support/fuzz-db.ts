// After a fuzz run: every text-like column of the app's tables (read from information_schema,
// so a new table is covered) is searched for the fuzzer's marker. What was kept is listed; what
// should have been refused (invalid e-mail, NUL or control bytes, lone surrogates, oversized
// strings) is "garbage".
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { MARK } from "./fuzz-values";

export type Kept = { table: string; column: string; rows: number; sample: string; garbage: string[] };

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
/** Longer than any field of the app accepts (the longest free texts are a few thousand characters). */
export const MAX_STORED = 5000;

export function garbageIn(column: string, value: string): string[] {
  const out: string[] = [];
  if (value.includes("\u0000")) out.push("octet NUL");
  if (/\uFFFD/.test(value)) out.push("substitut isolé / UTF-8 invalide");
  if (/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)) out.push("caractère de contrôle");
  if (value.length > MAX_STORED) out.push(`${value.length} caractères`);
  if (/e_?mail/i.test(column) && !EMAIL.test(value)) out.push("adresse e-mail invalide");
  return out;
}

async function scan(q: Query): Promise<Kept[]> {
  const cols = (await q(
    `select table_name, column_name, data_type from information_schema.columns
     where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')
     order by table_name, column_name`,
  )) as { table_name: string; column_name: string; data_type: string }[];
  const out: Kept[] = [];
  const like = MARK.replace(/'/g, "''");
  for (const c of cols) {
    const expr = `"${c.column_name}"::text`;
    const rows = (await q(`select ${expr} as v from "${c.table_name}" where ${expr} like '%${like}%' limit 500`)) as { v: string }[];
    if (!rows.length) continue;
    const garbage = new Set<string>();
    for (const r of rows) {
      // inside JSON the characters are escaped: read them back
      let v = r.v;
      if (c.data_type === "jsonb" || c.data_type === "json") v = v.replace(/\\u0000/g, "\u0000");
      for (const g of garbageIn(c.data_type === "text" || c.data_type === "character varying" ? c.column_name : "", v)) garbage.add(g);
    }
    out.push({ table: c.table_name, column: c.column_name, rows: rows.length, sample: JSON.stringify(rows[0]!.v.slice(0, 80)), garbage: [...garbage] });
  }
  return out;
}

export async function keptValues(opts: { databaseUrl?: string; pgliteDir?: string }): Promise<Kept[]> {
  if (opts.databaseUrl) {
    const sql = postgres(opts.databaseUrl, { max: 1, onnotice: () => {} });
    try {
      return await scan((s) => sql.unsafe(s) as unknown as Promise<Record<string, unknown>[]>);
    } finally {
      await sql.end();
    }
  }
  const db = new PGlite(opts.pgliteDir!);
  try {
    return await scan(async (s) => (await db.query<Record<string, unknown>>(s)).rows);
  } finally {
    await db.close();
  }
}
