/**
 * The results table and the CSV export of a campaign: filters (status, stage, group, theme below a
 * threshold), sort, pagination, the French CSV (BOM, ;, decimal comma, accents, one row per
 * participation), and the organisation's members only.
 */
import { campaignGroupMembers, campaignGroups, campaignParticipations, campaigns, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { exportResults } from "@/lib/campaigns/orga/export-results";
import { generateCampaignCode } from "@/lib/campaigns/orga/generate-code";
import { listResults, resultsQuerySchema } from "@/lib/campaigns/orga/list-results";
import { NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { getDb, setupTestDatabase } from "../support/db";
import { newOrganisation, newUser } from "./helpers";

setupTestDatabase();

const q = (extra: Record<string, string> = {}) => resultsQuerySchema.parse(extra);

/** An ABC Pix messagerie campaign with participants: shared ones with a mastery and a stage, and started ones. */
async function campaignWith(people: { last: string; first: string; bp: number | null; stage?: number; anonymous?: boolean }[]) {
  const o = await newOrganisation();
  const [c] = await getDb()
    .insert(campaigns)
    .values({ organisationId: o.orgId, code: generateCampaignCode(), name: "Bases de la messagerie", type: "assessment", targetProfileId: "abc-messagerie", externalIdLabel: "Numéro de dossier", externalIdType: "number" })
    .returning({ id: campaigns.id });
  const ids: string[] = [];
  let i = 0;
  for (const p of people) {
    i += 1;
    const [u] = await getDb().insert(users).values({ firstName: p.first, lastName: p.last, isAnonymous: Boolean(p.anonymous), email: null }).returning({ id: users.id });
    const shared = p.bp !== null;
    const total = 18;
    const validated = shared ? Math.round((p.bp! * total) / 10000) : 0;
    const [row] = await getDb()
      .insert(campaignParticipations)
      .values({
        campaignId: c!.id,
        userId: u!.id,
        externalId: String(1000 + i),
        status: shared ? "shared" : "started",
        createdAt: new Date(Date.UTC(2026, 10, i, 9, 30)),
        sharedAt: shared ? new Date(Date.UTC(2026, 10, i, 10, 0)) : null,
        masteryBasisPoints: p.bp,
        validatedSkills: shared ? validated : null,
        targetSkills: shared ? total : null,
        stageReached: shared ? (p.stage ?? 1) : null,
        snapshot: shared
          ? { themes: [{ id: "messagerie", name: "La messagerie", validated, total }], competences: [{ id: "competence-2.1", validated, total, pix: 5, level: 0 }] }
          : null,
      })
      .returning({ id: campaignParticipations.id });
    ids.push(row!.id);
  }
  return { ...o, campaignId: c!.id, ids };
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks).toString("utf8");
}

test("filters, sort and pagination happen in SQL; only sent results show figures", async () => {
  const people = [
    { last: "Zola", first: "Émile", bp: 2500, stage: 2 },
    { last: "Abadie", first: "Hélène", bp: 9000, stage: 4 },
    { last: "Martin", first: "Robert", bp: null },
    { last: "Benali", first: "Karim", bp: 5556, stage: 3 },
  ];
  const c = await campaignWith(people);
  const base = { orgId: c.orgId, campaignId: c.campaignId };
  const all = await listResults(c.admin, { ...base, query: q() });
  expect(all.total).toBe(4);
  expect(all.rows.map((r) => r.name)).toEqual(["Karim Benali", "Robert Martin", "Hélène Abadie", "Émile Zola"]);
  expect(all.rows.find((r) => r.name === "Robert Martin")).toMatchObject({ masteryPercent: null, stage: null, themes: {} });
  expect(all.rows.find((r) => r.name === "Karim Benali")).toMatchObject({ masteryPercent: 55, stage: "Presque autonome", themes: { messagerie: 55 }, externalId: "1004" });
  expect((await listResults(c.admin, { ...base, query: q({ tri: "nom", ordre: "asc" }) })).rows.map((r) => r.name)).toEqual(["Hélène Abadie", "Karim Benali", "Robert Martin", "Émile Zola"]);
  expect((await listResults(c.admin, { ...base, query: q({ tri: "maitrise", ordre: "desc" }) })).rows.map((r) => r.masteryPercent)).toEqual([90, 55, 25, null]);
  expect((await listResults(c.admin, { ...base, query: q({ statut: "envoye" }) })).total).toBe(3);
  expect((await listResults(c.admin, { ...base, query: q({ statut: "en-cours" }) })).rows.map((r) => r.name)).toEqual(["Robert Martin"]);
  expect((await listResults(c.admin, { ...base, query: q({ palier: "4" }) })).rows.map((r) => r.name)).toEqual(["Hélène Abadie"]);
  expect((await listResults(c.admin, { ...base, query: q({ theme: "messagerie", sous: "56" }) })).rows.map((r) => r.name).sort()).toEqual(["Karim Benali", "Émile Zola"]);
  // garbage in the address is ignored, not an error
  expect((await listResults(c.admin, { ...base, query: q({ page: "-3", tri: "<script>", palier: "x", groupe: "pas-un-id" }) })).total).toBe(4);
});

test("pages of 50, and a group filter from saved groups", async () => {
  const people = Array.from({ length: 55 }, (_, i) => ({ last: `Nom${String(i).padStart(2, "0")}`, first: "Alex", bp: i * 150 }));
  const c = await campaignWith(people);
  const base = { orgId: c.orgId, campaignId: c.campaignId };
  const p1 = await listResults(c.admin, { ...base, query: q({ tri: "nom", ordre: "asc" }) });
  expect([p1.rows.length, p1.pages, p1.rows[0]!.name]).toEqual([50, 2, "Alex Nom00"]);
  const p2 = await listResults(c.admin, { ...base, query: q({ tri: "nom", ordre: "asc", page: "2" }) });
  expect(p2.rows.map((r) => r.name)).toEqual(["Alex Nom50", "Alex Nom51", "Alex Nom52", "Alex Nom53", "Alex Nom54"]);
  expect((await listResults(c.admin, { ...base, query: q({ page: "99" }) })).page).toBe(2);
  const [g] = await getDb().insert(campaignGroups).values({ campaignId: c.campaignId, position: 1, name: "Groupe 1" }).returning({ id: campaignGroups.id });
  await getDb().insert(campaignGroupMembers).values(c.ids.slice(0, 3).map((participationId) => ({ groupId: g!.id, participationId })));
  const grouped = await listResults(c.admin, { ...base, query: q({ groupe: g!.id }) });
  expect(grouped.total).toBe(3);
  expect(grouped.rows.every((r) => r.groupName === "Groupe 1")).toBe(true);
});

test("the CSV opens in French spreadsheets: BOM, semicolons, decimal comma, accents, one row per participation, the filters applied", async () => {
  const c = await campaignWith([
    { last: "Zola", first: "Émile", bp: 2500, stage: 2 },
    { last: "=HYPERLINK(1)", first: "Pirate", bp: 5556, stage: 3 },
    { last: "Martin", first: "Robert", bp: null },
    { last: "x", first: "y", bp: 1000, anonymous: true },
  ]);
  const { filename, stream } = await exportResults(c.admin, { orgId: c.orgId, campaignId: c.campaignId, query: q() });
  expect(filename).toMatch(/^resultats-[A-Z]{6}\d{3}-Bases-de-la-messagerie\.csv$/);
  const csv = await text(stream);
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).trimEnd().split("\r\n");
  expect(lines).toHaveLength(5);
  expect(lines[0]!.split(";")).toEqual([
    "Nom",
    "Prénom",
    "Numéro de dossier",
    "Date de début",
    "Date d'envoi",
    "Résultats envoyés",
    "Palier",
    "Maîtrise (%)",
    "La messagerie (%)",
    "2.1 maîtrise (%)",
    "2.1 sujets acquis",
    "2.1 sujets évalués",
  ]);
  const zola = lines.find((l) => l.startsWith("Zola;"))!.split(";");
  expect(zola.slice(0, 3)).toEqual(["Zola", "Émile", "1001"]);
  expect(zola[3]).toBe("01/11/2026 10:30");
  expect(zola.slice(5)).toEqual(["Oui", "Bases en construction", "25", "27,78", "27,78", "5", "18"]);
  expect(lines.find((l) => l.includes("Pirate"))!.startsWith("'=HYPERLINK(1)")).toBe(true);
  expect(lines.find((l) => l.startsWith("Martin;"))!.split(";").slice(5)).toEqual(["Non", "", "", "", "", "", ""]);
  expect(lines.some((l) => l.startsWith("Participant anonyme;;"))).toBe(true);
  const filtered = await text((await exportResults(c.admin, { orgId: c.orgId, campaignId: c.campaignId, query: q({ statut: "en-cours" }) })).stream);
  expect(filtered.trimEnd().split("\r\n")).toHaveLength(2);
});

test("results and export: refused to anyone outside the organisation, and to a campaign of another organisation", async () => {
  const c = await campaignWith([{ last: "Zola", first: "Émile", bp: 2500 }]);
  const other = await newOrganisation("Mairie");
  const outsiders: (Actor | null)[] = [other.admin, await newUser("Lina"), await newUser("Anonyme", { anonymous: true }), null];
  for (const who of outsiders) {
    const err = who ? NotAllowed : NotAuthenticated;
    await expect(listResults(who, { orgId: c.orgId, campaignId: c.campaignId, query: q() })).rejects.toBeInstanceOf(err);
    await expect(exportResults(who, { orgId: c.orgId, campaignId: c.campaignId, query: q() })).rejects.toBeInstanceOf(err);
  }
  await expect(listResults(other.admin, { orgId: other.orgId, campaignId: c.campaignId, query: q() })).rejects.toBeInstanceOf(NotFound);
  await expect(exportResults(other.admin, { orgId: other.orgId, campaignId: c.campaignId, query: q() })).rejects.toBeInstanceOf(NotFound);
});
