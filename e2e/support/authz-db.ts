// The authorisation matrix's database side: a scratch PostgreSQL database of its own, a hash of
// every table (read from information_schema, so a new table is covered) to prove that a refused
// request changed nothing, and the owners and outsiders the demo seed lacks.
import postgres from "postgres";

export const ADMIN_URL = process.env.PIX_E2E_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/postgres";

/** The address without its password, for messages. */
export function shown(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

export type Scratch = { url: string; sql: postgres.Sql; drop: () => Promise<void> };

/** Creates pix_authz_<pid>_<random>; null (with the reason) when PostgreSQL cannot be reached. */
export async function scratchDatabase(): Promise<Scratch | string> {
  const admin = postgres(ADMIN_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await admin`select 1`;
  } catch (e) {
    await admin.end({ timeout: 1 }).catch(() => {});
    return `PostgreSQL injoignable à ${shown(ADMIN_URL)} (${(e as Error).message})`;
  }
  const name = `pix_authz_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await admin.unsafe(`create database ${name}`);
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  const url = u.toString();
  const sql = postgres(url, { max: 2, connect_timeout: 5, onnotice: () => {} });
  return {
    url,
    sql,
    drop: async () => {
      await sql.end({ timeout: 5 }).catch(() => {});
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/**
 * What a request may change without acting on anyone's data, and why:
 * - rate_limits: every request counted against a code or a login bumps a counter (that is its job);
 * - sessions.last_seen_at: refreshed on each authenticated request (a session row appearing,
 *   disappearing or being revoked is still caught).
 */
export const VOLATILE: { table: string; columns?: string[]; why: string }[] = [
  { table: "rate_limits", why: "compteurs de limitation de débit, incrémentés par toute tentative" },
  { table: "sessions", columns: ["last_seen_at"], why: "date de dernière activité d'une session, rafraîchie à chaque requête" },
];

export type Hashes = Map<string, string>;

/** One md5 per table, over its rows in a stable order (volatile columns left out). */
export async function tableHashes(sql: postgres.Sql): Promise<Hashes> {
  const cols = await sql<{ table_name: string; column_name: string }[]>`
    select c.table_name, c.column_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`;
  const byTable = new Map<string, string[]>();
  for (const c of cols) byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c.column_name]);
  const parts: string[] = [];
  for (const [table, columns] of byTable) {
    const v = VOLATILE.find((x) => x.table === table);
    if (v && !v.columns) continue;
    const kept = columns.filter((c) => !v?.columns?.includes(c));
    const row = `row(${kept.map((c) => `"${c}"`).join(", ")})::text`;
    parts.push(`select '${table}' as t, count(*)::int as n, coalesce(md5(string_agg(md5(${row}), '' order by md5(${row}))), '') as h from "${table}"`);
  }
  const rows = await sql.unsafe<{ t: string; n: number; h: string }[]>(parts.join(" union all "));
  return new Map(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

/** Tables whose hash differs, with their row counts before → after. */
export function changedTables(a: Hashes, b: Hashes): string[] {
  const out: string[] = [];
  for (const t of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(t) !== b.get(t)) out.push(`${t} (${(a.get(t) ?? "0:").split(":")[0]} → ${(b.get(t) ?? "0:").split(":")[0]} lignes)`);
  }
  return out;
}

export const OUTSIDER_ACCOUNTS = {
  learner: { email: "apprenant.b@exemple.fr", firstName: "Bruno", lastName: "Vasseur" },
  orgMember: { email: "membre.mairie@exemple.fr", firstName: "Nadia", lastName: "Carpentier" },
  centreB: { email: "centre.b@exemple.fr", firstName: "Hugo", lastName: "Lemaire" },
} as const;

export type Fixtures = {
  /** the demo session S of centre A: number, invigilator password, access code */
  sessionS: { id: string; number: number; password: string; accessCode: string };
  /** another session of centre A, for the invigilator of another session */
  sessionOther: { id: string; number: number; password: string };
  centreB: { id: string; name: string };
  /** a centre awaiting approval (staff's approval form) */
  pendingCentreId: string;
};

const SESSION_OTHER = { room: "Salle Condorcet", examiner: "Gisèle Aubert", accessCode: "QRTV47", password: "XY7K2", candidate: ["Odile", "Ferrand", "1970-05-06"] } as const;
const SESSION_B = { room: "Salle des Tilleuls", examiner: "Paul Renaud", accessCode: "MPQR69", password: "BCD34" } as const;

/**
 * What the demo seed lacks, written straight into the database (the server runs on it: PostgreSQL
 * takes both): a second learner, a plain member of the town hall, centre B with its staff and a
 * session, a centre awaiting approval, and a second session in centre A with its own invigilator password and candidate.
 * Accounts share the demo password (its hash copied from the demo learner).
 */
export async function addFixtures(sql: postgres.Sql): Promise<Fixtures> {
  const [hash] = await sql<{ password_hash: string }[]>`select password_hash from users where email = 'apprenant@exemple.fr'`;
  if (!hash) throw new Error("le compte apprenant de démonstration manque");
  const user = async (a: { email: string; firstName: string; lastName: string }) => {
    const [u] = await sql<{ id: string }[]>`
      insert into users (email, first_name, last_name, password_hash, role, terms_accepted_at)
      values (${a.email}, ${a.firstName}, ${a.lastName}, ${hash.password_hash}, 'user', now()) returning id`;
    return u!.id;
  };
  await user(OUTSIDER_ACCOUNTS.learner);
  const member = await user(OUTSIDER_ACCOUNTS.orgMember);
  const [townHall] = await sql<{ id: string }[]>`select id from organisations where name = 'Mairie de Montreuil-sur-Loire'`;
  await sql`insert into memberships (organisation_id, user_id, role) values (${townHall!.id}, ${member}, 'MEMBER')`;

  const centreStaff = await user(OUTSIDER_ACCOUNTS.centreB);
  const centreName = "Centre de certification de Bourg-Neuf";
  const [centreB] = await sql<{ id: string }[]>`insert into certification_centers (name, approved_at) values (${centreName}, now()) returning id`;
  await sql`insert into center_memberships (center_id, user_id, role) values (${centreB!.id}, ${centreStaff}, 'ADMIN')`;
  // a centre waiting for approval, so that staff see the approval form
  const [pending] = await sql<{ id: string }[]>`insert into certification_centers (name, city) values ('Centre de la Maison des associations', 'Saumur') returning id`;
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });
  await sql`
    insert into certification_sessions (center_id, address, room, date, time, examiner, access_code, invigilator_password, created_by)
    values (${centreB!.id}, '3 place du Marché, 01000 Bourg-Neuf', ${SESSION_B.room}, ${today}, '14:00', ${SESSION_B.examiner}, ${SESSION_B.accessCode}, ${SESSION_B.password}, ${centreStaff})`;

  const [s] = await sql<{ id: string; number: number; invigilator_password: string; access_code: string; center_id: string; created_by: string }[]>`
    select s.id, s.number, s.invigilator_password, s.access_code, s.center_id, s.created_by from certification_sessions s
    join certification_centers c on c.id = s.center_id where c.name = 'Centre de certification de la Médiathèque Jean-Macé' order by s.number limit 1`;
  if (!s) throw new Error("la session de démonstration manque");
  const [other] = await sql<{ id: string; number: number }[]>`
    insert into certification_sessions (center_id, address, room, date, time, examiner, access_code, invigilator_password, created_by)
    values (${s.center_id}, '12 rue Jean-Macé, 49000 Angers', ${SESSION_OTHER.room}, ${today}, '16:00', ${SESSION_OTHER.examiner}, ${SESSION_OTHER.accessCode}, ${SESSION_OTHER.password}, ${s.created_by})
    returning id, number`;
  const [first, last, birth] = SESSION_OTHER.candidate;
  await sql`insert into certification_candidates (session_id, first_name, last_name, birth_date) values (${other!.id}, ${first}, ${last}, ${birth})`;
  return {
    sessionS: { id: s.id, number: s.number, password: s.invigilator_password, accessCode: s.access_code },
    sessionOther: { id: other!.id, number: other!.number, password: SESSION_OTHER.password },
    centreB: { id: centreB!.id, name: centreName },
    pendingCentreId: pending!.id,
  };
}
