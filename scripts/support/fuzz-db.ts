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

/**
 * Keeps the fuzz run's demo accounts usable on PostgreSQL: the run may change their e-mail or
 * password (a plausible post of "Mon compte" or of the staff's user form), lock them after
 * failed logins or delete them. Their `users` rows are read at the start; when a role can no
 * longer log in, its row is put back as it was and the login limits are cleared.
 */
export class AccountKeeper {
  private rows = new Map<string, Record<string, unknown>>();
  private sessionRows = new Map<string, { session: Record<string, unknown>; centre: Record<string, unknown> }>();
  private constructor(private readonly sql: postgres.Sql) {}

  /** `sessionIds`: certification sessions whose invigilator portal a role uses (they and their centre kept). */
  static async open(databaseUrl: string, emails: string[], sessionIds: string[] = []): Promise<AccountKeeper> {
    const keeper = new AccountKeeper(postgres(databaseUrl, { max: 1, onnotice: () => {} }));
    const rows = await keeper.sql<{ j: Record<string, unknown> }[]>`select row_to_json(u) as j from users u where email = any(${emails})`;
    for (const r of rows) keeper.rows.set(String(r.j.email), r.j);
    if (sessionIds.length) {
      const sessions = await keeper.sql<{ j: Record<string, unknown>; c: Record<string, unknown> }[]>`
        select row_to_json(s) as j, row_to_json(c) as c from certification_sessions s join certification_centers c on c.id = s.center_id where s.id = any(${sessionIds})`;
      for (const r of sessions) keeper.sessionRows.set(String(r.j.id), { session: r.j, centre: r.c });
    }
    return keeper;
  }

  /** Puts the account back as it was at the start; false when it was not known then. */
  async restore(email: string): Promise<boolean> {
    const row = this.rows.get(email);
    if (!row) return false;
    await this.sql.begin(async (tx) => {
      // another account may have taken the address meanwhile: it gives it back
      await tx`update users set email = 'fuzz-' || id || '@exemple.fr' where email = ${email} and id <> ${String(row.id)}`;
      await restoreRow(tx, "users", row);
      await tx`delete from rate_limits`;
    });
    return true;
  }

  /**
   * Gives a certification session and its centre back the state they had at the start: the run
   * may change the invigilator password, finalise the session, archive the centre or withdraw its
   * approval, and the invigilator can no longer log in. False when unknown or deleted.
   */
  async restoreSession(id: string): Promise<boolean> {
    const rows = this.sessionRows.get(id);
    if (!rows) return false;
    const done = await this.sql.begin(async (tx) => {
      const centre = await restoreRow(tx, "certification_centers", rows.centre);
      const session = await restoreRow(tx, "certification_sessions", rows.session);
      await tx`delete from rate_limits`;
      return centre && session;
    });
    return done;
  }

  async close(): Promise<void> {
    await this.sql.end();
  }
}

/** Writes a row back as it was read (row_to_json), identity and generated columns left out; false when it is gone. */
async function restoreRow(tx: postgres.TransactionSql, table: string, row: Record<string, unknown>): Promise<boolean> {
  const fixed = await tx<{ column_name: string }[]>`
    select column_name from information_schema.columns
    where table_schema = 'public' and table_name = ${table} and (is_identity = 'YES' or is_generated = 'ALWAYS')`;
  const cols = Object.keys(row).filter((c) => c !== "id" && !fixed.some((f) => f.column_name === c));
  const list = cols.map((c) => `"${c.replace(/"/g, '""')}"`).join(", ");
  const r = await tx.unsafe(`update "${table}" t set (${list}) = (select ${list} from json_populate_record(null::"${table}", $1::text::json)) where t.id = $2`, [
    JSON.stringify(row),
    String(row.id),
  ]);
  return r.count > 0;
}
