/**
 * Candidates of a session: added one by one (every message), imported from a CSV file (all or
 * nothing, each bad row with its line and reason, duplicates), removed before finalisation.
 */
import { asc, eq } from "drizzle-orm";
import { certificationCandidates, certificationSessions } from "@/db/schema";
import { addCandidate } from "@/lib/certification/sessions/add-candidate";
import { parseCandidatesCsv, splitCsv } from "@/lib/certification/sessions/candidates-csv";
import { createSession } from "@/lib/certification/sessions/create-session";
import { importCandidates } from "@/lib/certification/sessions/import-candidates";
import { removeCandidate } from "@/lib/certification/sessions/remove-candidate";
import { Conflict, InvalidInput, NotFound } from "@/lib/errors";
import { getDb, setupTestDatabase } from "../support/db";
import { newCenter, sessionForm } from "./sessions-helpers";

setupTestDatabase();

const NOW = new Date("2026-12-05T10:00:00Z");
const TODAY = "2026-12-05";
const HEADER = "Nom;Prénom;Date de naissance (JJ/MM/AAAA);Temps majoré (%);E-mail";

async function setup() {
  const { centerId, staff } = await newCenter();
  const { id: sessionId } = await createSession(staff, centerId, sessionForm(), { now: NOW });
  return { centerId, staff, sessionId };
}

async function stored(sessionId: string) {
  return getDb()
    .select()
    .from(certificationCandidates)
    .where(eq(certificationCandidates.sessionId, sessionId))
    .orderBy(asc(certificationCandidates.lastName));
}

const file = (text: string) => ({ size: Buffer.byteLength(text), text: async () => text });

const VALID = { lastName: "Martin", firstName: "Laura", birthDate: "14/03/1985", extraTimePercent: "33", email: "Laura.Martin@Exemple.fr" };

test("a candidate added one by one is stored normalised (ISO birth date, extra time, lower-case e-mail)", async () => {
  const { centerId, staff, sessionId } = await setup();
  await addCandidate(staff, centerId, sessionId, VALID, { now: NOW });
  await addCandidate(staff, centerId, sessionId, { lastName: "Petit", firstName: "Thomas", birthDate: "1992-07-02", extraTimePercent: "", email: "" }, { now: NOW });
  const rows = await stored(sessionId);
  expect(rows.map((r) => [r.lastName, r.firstName, r.birthDate, r.extraTimePercent, r.email])).toEqual([
    ["Martin", "Laura", "1985-03-14", 33, "laura.martin@exemple.fr"],
    ["Petit", "Thomas", "1992-07-02", 0, null],
  ]);
});

test.each([
  ["lastName", { lastName: "" }, "Saisissez le nom."],
  ["lastName", { lastName: "x".repeat(101) }, "Le nom fait au plus 100 caractères."],
  ["firstName", { firstName: "  " }, "Saisissez le prénom."],
  ["firstName", { firstName: "x".repeat(101) }, "Le prénom fait au plus 100 caractères."],
  ["birthDate", { birthDate: "" }, "Saisissez la date de naissance."],
  ["birthDate", { birthDate: "14 mars 1985" }, "Saisissez la date de naissance au format JJ/MM/AAAA, par exemple 14/03/1985."],
  ["birthDate", { birthDate: "31/02/1990" }, "La date de naissance 31/02/1990 n'existe pas."],
  ["birthDate", { birthDate: "01/01/2020" }, "La date de naissance 01/01/2020 n'est pas plausible : le candidat doit avoir entre 10 et 120 ans."],
  ["birthDate", { birthDate: "01/01/1890" }, "La date de naissance 01/01/1890 n'est pas plausible : le candidat doit avoir entre 10 et 120 ans."],
  ["extraTimePercent", { extraTimePercent: "-5" }, "Le temps majoré est un nombre entier de 0 à 100 (pourcentage), par exemple 33."],
  ["extraTimePercent", { extraTimePercent: "12.5" }, "Le temps majoré est un nombre entier de 0 à 100 (pourcentage), par exemple 33."],
  ["extraTimePercent", { extraTimePercent: "150" }, "Le temps majoré est au plus de 100 %."],
  ["email", { email: "laura@" }, "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr."],
])("a candidate with a bad %s is refused with its French message, nothing stored (%j)", async (field, change, message) => {
  const { centerId, staff, sessionId } = await setup();
  const p = addCandidate(staff, centerId, sessionId, { ...VALID, ...change }, { now: NOW });
  await expect(p).rejects.toBeInstanceOf(InvalidInput);
  await expect(p).rejects.toMatchObject({ fieldErrors: { [field]: message } });
  expect(await stored(sessionId)).toHaveLength(0);
});

test("ages 10 and 120 are accepted (boundaries)", async () => {
  const { centerId, staff, sessionId } = await setup();
  await addCandidate(staff, centerId, sessionId, { ...VALID, lastName: "Dix", birthDate: "05/12/2016" }, { now: NOW });
  await addCandidate(staff, centerId, sessionId, { ...VALID, lastName: "Cent", birthDate: "06/12/1905" }, { now: NOW });
  expect(await stored(sessionId)).toHaveLength(2);
  await expect(addCandidate(staff, centerId, sessionId, { ...VALID, lastName: "Neuf", birthDate: "06/12/2016" }, { now: NOW })).rejects.toBeInstanceOf(InvalidInput);
});

test("the same person twice (names without case or accents, same birth date) is refused", async () => {
  const { centerId, staff, sessionId } = await setup();
  await addCandidate(staff, centerId, sessionId, VALID, { now: NOW });
  const p = addCandidate(staff, centerId, sessionId, { ...VALID, lastName: "MARTIN", firstName: "laura", email: "" }, { now: NOW });
  await expect(p).rejects.toBeInstanceOf(Conflict);
  await expect(p).rejects.toMatchObject({ field: "lastName", userMessage: "Ce candidat est déjà inscrit à la session (même nom, prénom et date de naissance)." });
  // another birth date is another person
  await addCandidate(staff, centerId, sessionId, { ...VALID, birthDate: "15/03/1985" }, { now: NOW });
  expect(await stored(sessionId)).toHaveLength(2);
});

test("CSV: one invalid row imports nothing and reports its line and reason", async () => {
  const { centerId, staff, sessionId } = await setup();
  const csv = `\uFEFF${HEADER}\r\nMartin;Laura;14/03/1985;0;laura@exemple.fr\r\nPetit;Thomas;31/02/1990;;\r\nDurand;Lucie;02/07/1992;33;\r\n`;
  expect(await importCandidates(staff, centerId, sessionId, file(csv), { now: NOW })).toEqual({
    ok: false,
    errors: ["Ligne 3 : la date de naissance 31/02/1990 n'existe pas."],
  });
  expect(await stored(sessionId)).toHaveLength(0);
});

test("CSV: every bad row is reported, each with all its problems", async () => {
  const result = parseCandidatesCsv(
    `${HEADER}\n;Laura;14/03/1985;;\nPetit;;1985;150;pas-un-mail\nOk;Ok;01/01/1990;;\n`,
    TODAY,
  );
  expect(result).toEqual({
    ok: false,
    errors: [
      "Ligne 2 : le nom est vide.",
      "Ligne 3 : le prénom est vide ; saisissez la date de naissance au format JJ/MM/AAAA, par exemple 14/03/1985 ; le temps majoré est au plus de 100 % ; saisissez une adresse e-mail valide, par exemple nom@exemple.fr.",
    ],
  });
});

test("CSV: a valid file imports all (BOM, ',' separator, quoted fields with separators and quotes)", async () => {
  const { centerId, staff, sessionId } = await setup();
  const csv = `\uFEFFNom,Prénom,Date de naissance (JJ/MM/AAAA),Temps majoré (%),E-mail\n"Martin, dite ""Lolo""",Laura,14/03/1985,33,laura@exemple.fr\nPetit,Thomas,2/7/1992,,\n\nDurand,Lucie,01/01/2000,10 %,\n`;
  expect(await importCandidates(staff, centerId, sessionId, file(csv), { now: NOW })).toEqual({ ok: true, imported: 3 });
  const rows = await stored(sessionId);
  expect(rows.map((r) => [r.lastName, r.birthDate, r.extraTimePercent, r.email])).toEqual([
    ["Durand", "2000-01-01", 10, null],
    ['Martin, dite "Lolo"', "1985-03-14", 33, "laura@exemple.fr"],
    ["Petit", "1992-07-02", 0, null],
  ]);
});

test("CSV: duplicates inside the file and with the session's candidates are reported, nothing imported", async () => {
  const { centerId, staff, sessionId } = await setup();
  await addCandidate(staff, centerId, sessionId, VALID, { now: NOW });
  const csv = `${HEADER}\nPetit;Thomas;02/07/1992;;\nmartin;LAURA;14/03/1985;;\nPétit;Thomas;02/07/1992;;\n`;
  expect(await importCandidates(staff, centerId, sessionId, file(csv), { now: NOW })).toEqual({
    ok: false,
    errors: [
      "Ligne 3 : LAURA martin (né(e) le 14/03/1985) est déjà inscrit(e) à cette session.",
      "Ligne 4 : Thomas Pétit (né(e) le 02/07/1992) figure déjà à la ligne 2.",
    ],
  });
  expect(await stored(sessionId)).toHaveLength(1);
});

test("CSV: line numbers count the lines of quoted multi-line fields; wrong headers, empty file, too many rows, too big", async () => {
  expect(splitCsv('a;"b\nc"\nd;e\n', ";").map((r) => r.line)).toEqual([1, 3]);
  expect(parseCandidatesCsv("Prénom;Nom\nA;B\n", TODAY)).toEqual({ ok: false, errors: [expect.stringMatching(/^Ligne 1 : les colonnes attendues/)] });
  expect(parseCandidatesCsv("", TODAY)).toEqual({ ok: false, errors: [expect.stringContaining("vide")] });
  expect(parseCandidatesCsv(`${HEADER}\n`, TODAY)).toEqual({ ok: false, errors: ["Le fichier ne contient aucun candidat."] });
  const many = Array.from({ length: 501 }, (_, i) => `N${i};P;01/01/1990;;`).join("\n");
  expect(parseCandidatesCsv(`${HEADER}\n${many}`, TODAY)).toEqual({ ok: false, errors: ["Le fichier contient 501 candidats : 500 au plus par import."] });
  const { centerId, staff, sessionId } = await setup();
  expect(await importCandidates(staff, centerId, sessionId, { size: 2 * 1024 * 1024, text: async () => "" }, { now: NOW })).toEqual({
    ok: false,
    errors: ["Le fichier dépasse 1 Mo : importez au plus 500 candidats à la fois."],
  });
  expect(await importCandidates(staff, centerId, sessionId, null, { now: NOW })).toEqual({ ok: false, errors: ["Choisissez un fichier CSV à importer."] });
  expect(await importCandidates(staff, centerId, sessionId, file(`${HEADER}\nMartin;L\uFFFDa;14/03/1985;;\n`), { now: NOW })).toMatchObject({ ok: false });
});

test("a candidate is removed before finalisation; after it, nothing changes the list", async () => {
  const { centerId, staff, sessionId } = await setup();
  const { id } = await addCandidate(staff, centerId, sessionId, VALID, { now: NOW });
  const { id: other } = await addCandidate(staff, centerId, sessionId, { ...VALID, firstName: "Léa" }, { now: NOW });
  await removeCandidate(staff, centerId, sessionId, id, { now: NOW });
  expect((await stored(sessionId)).map((r) => r.id)).toEqual([other]);
  await expect(removeCandidate(staff, centerId, sessionId, id, { now: NOW })).rejects.toBeInstanceOf(NotFound);
  await getDb().update(certificationSessions).set({ status: "finalised" }).where(eq(certificationSessions.id, sessionId));
  await expect(removeCandidate(staff, centerId, sessionId, other, { now: NOW })).rejects.toBeInstanceOf(Conflict);
  await expect(addCandidate(staff, centerId, sessionId, { ...VALID, firstName: "Zoé" }, { now: NOW })).rejects.toBeInstanceOf(Conflict);
  const csv = `${HEADER}\nNeuf;Zoé;01/01/1990;;\n`;
  await expect(importCandidates(staff, centerId, sessionId, file(csv), { now: NOW })).rejects.toBeInstanceOf(Conflict);
  expect(await stored(sessionId)).toHaveLength(1);
});
