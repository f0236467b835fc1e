/**
 * Pix Certif for centre staff: sessions (creation, codes, edit), who may see and change them,
 * the candidates' template, eligibility and the attendance sheet.
 */
import { eq } from "drizzle-orm";
import { auditLog, certificationCandidates, certificationSessions, knowledgeElements, assessments } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ACCESS_CODE, INVIGILATOR_PASSWORD } from "@/lib/certification/rules";
import { addCandidate } from "@/lib/certification/sessions/add-candidate";
import { checkCandidateEligibility } from "@/lib/certification/sessions/check-candidate-eligibility";
import { createSession } from "@/lib/certification/sessions/create-session";
import { getAttendanceSheet } from "@/lib/certification/sessions/get-attendance-sheet";
import { getCandidatesTemplate } from "@/lib/certification/sessions/get-candidates-template";
import { getSession } from "@/lib/certification/sessions/get-session";
import { hasCenter } from "@/lib/certification/sessions/has-center";
import { importCandidates } from "@/lib/certification/sessions/import-candidates";
import { listMyCenters } from "@/lib/certification/sessions/list-my-centers";
import { listSessions } from "@/lib/certification/sessions/list-sessions";
import { removeCandidate } from "@/lib/certification/sessions/remove-candidate";
import { updateSession } from "@/lib/certification/sessions/update-session";
import { getContentIndex, getReferential } from "@/lib/content";
import { Conflict, InvalidInput, NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { pdfPages, pdfText } from "../support/pdf-text";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";
import { newCenter, newUser, sessionForm } from "./sessions-helpers";

setupTestDatabase();

const NOW = new Date("2026-12-05T10:00:00Z");

async function newSession(centerId: string, staff: Actor) {
  return createSession(staff, centerId, sessionForm(), { now: NOW });
}

test("staff create a session: number from 10001, access code and invigilator password in the code alphabet, audited", async () => {
  const { centerId, staff } = await newCenter();
  const a = await newSession(centerId, staff);
  const b = await newSession(centerId, staff);
  expect(a.number).toBeGreaterThanOrEqual(10001);
  expect(b.number).toBeGreaterThan(a.number);
  const [row] = await getDb().select().from(certificationSessions).where(eq(certificationSessions.id, a.id));
  expect(row!.accessCode).toMatch(ACCESS_CODE);
  expect(row!.invigilatorPassword).toMatch(INVIGILATOR_PASSWORD);
  expect(row!.status).toBe("created");
  expect(row!.room).toBe("Salle 2");
  const audit = await getDb().select().from(auditLog).where(eq(auditLog.targetId, a.id));
  expect(audit.map((x) => x.action)).toContain("certification-session.create");
});

test("a session cannot be dated in the past (Paris day); today is fine", async () => {
  const { centerId, staff } = await newCenter();
  const past = createSession(staff, centerId, sessionForm({ date: "2026-12-04" }), { now: NOW });
  await expect(past).rejects.toBeInstanceOf(InvalidInput);
  await expect(past).rejects.toMatchObject({ fieldErrors: { date: "La date de la session doit être aujourd'hui ou plus tard." } });
  await expect(createSession(staff, centerId, sessionForm({ date: "2026-12-05" }), { now: NOW })).resolves.toBeDefined();
  // 23:30 UTC on the 4th is already the 5th in Paris
  await expect(createSession(staff, centerId, sessionForm({ date: "2026-12-04" }), { now: new Date("2026-12-04T23:30:00Z") })).rejects.toBeInstanceOf(InvalidInput);
});

test("an unapproved centre is listed as waiting and cannot create sessions", async () => {
  const { centerId, staff } = await newCenter({ approved: false });
  expect(await listMyCenters(staff)).toEqual([expect.objectContaining({ id: centerId, approved: false })]);
  await expect(newSession(centerId, staff)).rejects.toBeInstanceOf(Conflict);
  expect(await hasCenter(staff)).toBe(true);
});

test("sessions list: number, date, room, status and candidate count; edit while created", async () => {
  const { centerId, staff } = await newCenter();
  const s = await newSession(centerId, staff);
  await addCandidate(staff, centerId, s.id, { lastName: "Martin", firstName: "Laura", birthDate: "14/03/1985" }, { now: NOW });
  const list = await listSessions(staff, centerId);
  expect(list.sessions).toEqual([expect.objectContaining({ id: s.id, number: s.number, room: "Salle 2", status: "created", candidateCount: 1 })]);
  await updateSession(staff, centerId, s.id, sessionForm({ room: "Salle 5" }), { now: NOW });
  expect((await getSession(staff, centerId, s.id)).session.room).toBe("Salle 5");
  await getDb().update(certificationSessions).set({ status: "finalised" }).where(eq(certificationSessions.id, s.id));
  await expect(updateSession(staff, centerId, s.id, sessionForm({ room: "Salle 6" }), { now: NOW })).rejects.toBeInstanceOf(Conflict);
});

test("staff of another centre, a learner, an anonymous user and a logged-out visitor are refused by every service", async () => {
  const { centerId, staff } = await newCenter();
  const s = await newSession(centerId, staff);
  const { id: candidateId } = await addCandidate(staff, centerId, s.id, { lastName: "Martin", firstName: "Laura", birthDate: "14/03/1985" }, { now: NOW });
  const other = await newCenter();
  const learner = await newUser("Laura");
  const anonymous = await newUser("Anon", { anonymous: true });
  const file = { size: 10, text: async () => "Nom;Prénom;Date de naissance (JJ/MM/AAAA)\nA;B;01/01/1990\n" };
  const calls = (actor: Actor | null, c = centerId) => [
    listSessions(actor, c),
    createSession(actor, c, sessionForm(), { now: NOW }),
    getSession(actor, c, s.id),
    updateSession(actor, c, s.id, sessionForm(), { now: NOW }),
    addCandidate(actor, c, s.id, { lastName: "X", firstName: "Y", birthDate: "01/01/1990" }, { now: NOW }),
    removeCandidate(actor, c, s.id, candidateId, { now: NOW }),
    importCandidates(actor, c, s.id, file, { now: NOW }),
    checkCandidateEligibility(actor, c, s.id, candidateId),
    getCandidatesTemplate(actor, c, s.id),
    getAttendanceSheet(actor, c, s.id, { now: NOW }),
  ];
  for (const p of calls(other.staff)) await expect(p).rejects.toBeInstanceOf(NotAllowed);
  for (const p of calls(learner)) await expect(p).rejects.toBeInstanceOf(NotAllowed);
  for (const p of calls(anonymous)) await expect(p).rejects.toBeInstanceOf(NotAllowed);
  for (const p of calls(null)) await expect(p).rejects.toBeInstanceOf(NotAuthenticated);
  // through their own centre's address: the session of another centre is simply not found
  const own = calls(other.staff, other.centerId);
  for (const [i, p] of own.entries()) {
    if (i === 0 || i === 1) await p.catch(() => undefined);
    else await expect(p).rejects.toBeInstanceOf(NotFound);
  }
  // nothing changed
  const rows = await getDb().select().from(certificationCandidates).where(eq(certificationCandidates.sessionId, s.id));
  expect(rows.map((r) => r.lastName)).toEqual(["Martin"]);
  expect(await hasCenter(learner)).toBe(false);
  expect(await hasCenter(null)).toBe(false);
  await expect(listMyCenters(null)).rejects.toBeInstanceOf(NotAuthenticated);
});

test("the template is downloadable: UTF-8 BOM, ';' separator, French headers", async () => {
  const { centerId, staff } = await newCenter();
  const s = await newSession(centerId, staff);
  const csv = await getCandidatesTemplate(staff, centerId, s.id);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.slice(1).split("\r\n")[0]).toBe("Nom;Prénom;Date de naissance (JJ/MM/AAAA);Temps majoré (%);E-mail");
  // the template itself imports (its example row)
  expect(await importCandidates(staff, centerId, s.id, { size: csv.length, text: async () => csv }, { now: NOW })).toEqual({ ok: true, imported: 1 });
});

async function giveProfile(userId: string, competences: number) {
  const referential = getReferential();
  const index = getContentIndex();
  for (const competence of referential.competences.slice(0, competences)) {
    const [a] = await getDb()
      .insert(assessments)
      .values({ userId, competenceId: competence.id, type: "competence", state: "completed", startPix: { num: 0, den: 1 }, contentVersion: referential.version })
      .returning({ id: assessments.id });
    for (const skill of referential.skills.filter((s) => s.competenceId === competence.id && s.active && s.level === 1)) {
      await getDb().insert(knowledgeElements).values({
        userId,
        assessmentId: a!.id,
        challengeId: index.playableChallenges(skill.id)[0]?.id ?? "x",
        skillId: skill.id,
        tubeId: skill.tubeId,
        competenceId: competence.id,
        status: "validated",
        source: "direct",
        earnedPixNum: skill.pix.num,
        earnedPixDen: skill.pix.den,
        createdAt: new Date(),
      });
    }
  }
}

test("eligibility: checked by e-mail (account found or not), and read from the linked account", async () => {
  const { centerId, staff } = await newCenter();
  const s = await newSession(centerId, staff);
  const eligible = await newUser("Laura");
  await giveProfile(eligible.userId, 5);
  const weak = await newUser("Paul");
  await giveProfile(weak.userId, 3);
  const add = (lastName: string, email: string) => addCandidate(staff, centerId, s.id, { lastName, firstName: "A", birthDate: "14/03/1985", email }, { now: NOW });
  const a = await add("Un", eligible.email!.toUpperCase());
  const b = await add("Deux", weak.email!);
  const c = await add("Trois", uniqueEmail("nobody"));
  const d = await add("Quatre", "");
  expect(await checkCandidateEligibility(staff, centerId, s.id, a.id)).toEqual({ status: "eligible" });
  expect(await checkCandidateEligibility(staff, centerId, s.id, b.id)).toEqual({
    status: "not-eligible",
    reason: "Il faut un niveau 1 ou plus dans au moins 5 compétences. Vous en avez 3.",
  });
  expect(await checkCandidateEligibility(staff, centerId, s.id, c.id)).toEqual({ status: "no-account" });
  expect(await checkCandidateEligibility(staff, centerId, s.id, d.id)).toEqual({ status: "no-email" });
  // a candidate linked to an account (joined): the session page shows their eligibility
  await getDb().update(certificationCandidates).set({ userId: weak.userId }).where(eq(certificationCandidates.id, d.id));
  const details = await getSession(staff, centerId, s.id);
  expect(details.candidates.find((x) => x.id === d.id)!.eligibility).toEqual({ eligible: false, reason: expect.stringContaining("Vous en avez 3") });
  expect(details.candidates.find((x) => x.id === a.id)!.eligibility).toBeNull();
  // a joined candidate cannot be removed
  await expect(removeCandidate(staff, centerId, s.id, d.id, { now: NOW })).rejects.toBeInstanceOf(Conflict);
  // a candidate of another session is not found
  const s2 = await newSession(centerId, staff);
  await expect(checkCandidateEligibility(staff, centerId, s2.id, a.id)).rejects.toBeInstanceOf(NotFound);
});

test("the attendance sheet is a real PDF with the session's details and every candidate, on several pages when long", async () => {
  const { centerId, staff } = await newCenter();
  const s = await newSession(centerId, staff);
  await addCandidate(staff, centerId, s.id, { lastName: "Martin", firstName: "Laura", birthDate: "14/03/1985", extraTimePercent: "33" }, { now: NOW });
  await addCandidate(staff, centerId, s.id, { lastName: "Petit", firstName: "Thomas", birthDate: "02/07/1992" }, { now: NOW });
  const { bytes, fileName } = await getAttendanceSheet(staff, centerId, s.id, { now: NOW });
  expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
  expect(fileName).toBe(`emargement-session-${s.number}.pdf`);
  const text = pdfText(bytes);
  for (const t of ["Feuille d'émargement", `Session n° ${s.number}`, "Salle 2", "Sophie Durand", "Martin", "Laura", "Petit", "Thomas", "14/03/1985", "33 %", "Signature"])
    expect(text).toContain(t);
  expect(pdfPages(bytes)).toHaveLength(1);

  const rows = Array.from({ length: 40 }, (_, i) => `Nom${i};Prénom${i};01/01/19${70 + (i % 30)};;`).join("\n");
  const csv = `Nom;Prénom;Date de naissance (JJ/MM/AAAA);Temps majoré (%);E-mail\n${rows}\n`;
  expect(await importCandidates(staff, centerId, s.id, { size: csv.length, text: async () => csv }, { now: NOW })).toEqual({ ok: true, imported: 40 });
  const long = await getAttendanceSheet(staff, centerId, s.id, { now: NOW });
  const pages = pdfPages(long.bytes);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(pdfText(long.bytes)).toContain("Nom39");
  expect(pages.at(-1)).toContain(`Page ${pages.length} sur ${pages.length}`);
});
