import { and, eq } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { CertificateDetails } from "@/lib/certification/certificates/certificate-details";
import { auditLog, certificationCourses, certificationSessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { cancelCertificate } from "@/lib/certification/certificates/cancel-certificate";
import { getMyCertificate } from "@/lib/certification/certificates/get-my-certificate";
import { certificationStatusLabel, listMyCertifications } from "@/lib/certification/certificates/list-my-certifications";
import { getStaffCertificate, searchCertificates, staffCertificateStatus } from "@/lib/certification/certificates/search-certificates";
import { verifyCertificate } from "@/lib/certification/certificates/verify-certificate";
import { finaliseSession } from "@/lib/certification/finalise/finalise-session";
import { answersWith, insertCenter, insertCourse, insertSession } from "@/lib/certification/finalise/test-fixtures";
import { publishSession } from "@/lib/certification/publish/publish-session";
import { publishSessions } from "@/lib/certification/publish/publish-sessions";
import { unpublishSession } from "@/lib/certification/publish/unpublish-session";
import { Conflict, InvalidInput, NotAllowed, NotFound } from "@/lib/errors";
import { getDb, setupTestDatabase } from "../support/db";
import { newOrganisation, newUser } from "../orga/helpers";

setupTestDatabase();

async function admin(): Promise<Actor> {
  return { ...(await newUser("Admin")), role: "admin" };
}

let n = 0;
/** A finalised session with one validated candidate (with a unique last name) and one rejected. */
async function finalisedSession() {
  n += 1;
  const centreStaff = await newUser("Claire");
  const centerId = await insertCenter(getDb(), `Centre admin ${process.pid}-${n}`, centreStaff.userId);
  const session = await insertSession(getDb(), centerId, "2026-11-20");
  const lina = await newUser("Lina");
  const lastName = `Moreau${"BCDFG"[n % 5]}${process.pid}x${n}`;
  const validated = await insertCourse(getDb(), { sessionId: session.id, userId: lina.userId, firstName: "Lina", lastName, state: "ended", answers: answersWith(15) });
  const paul = await newUser("Paul");
  const rejected = await insertCourse(getDb(), { sessionId: session.id, userId: paul.userId, firstName: "Paul", lastName, state: "ended", answers: answersWith(3) });
  await finaliseSession(getDb(), centreStaff, centerId, session.id, { abortReasons: {} });
  return { centreStaff, centerId, session, lina, paul, validated, rejected, lastName };
}

const sessionRow = async (id: string) => (await getDb().select().from(certificationSessions).where(eq(certificationSessions.id, id)))[0]!;
const codeOf = async (courseId: string) => (await getDb().select().from(certificationCourses).where(eq(certificationCourses.id, courseId)))[0]!.verificationCode!;
const verify = (code: string) => verifyCertificate(getDb(), code, "192.0.2.10", new Date(), 0);

describe("staff: publish several sessions", () => {
  test("two finalised sessions are published, one already published is reported, an unknown one too", async () => {
    const staff = await admin();
    const a = await finalisedSession();
    const b = await finalisedSession();
    const c = await finalisedSession();
    await publishSession(getDb(), staff, c.session.id);
    const codeC = await codeOf(c.validated.courseId);
    const report = await publishSessions(getDb(), staff, [a.session.id, b.session.id, c.session.id, a.session.id, "pas-un-id"]);
    expect(report.map((r) => [r.sessionId, r.outcome])).toEqual([
      [a.session.id, "published"],
      [b.session.id, "published"],
      [c.session.id, "already"],
      ["pas-un-id", "unknown"],
    ]);
    expect(report[0]).toMatchObject({ number: a.session.number, codes: 1, mails: 2 });
    for (const s of [a, b, c]) expect((await sessionRow(s.session.id)).status).toBe("published");
    expect(await codeOf(c.validated.courseId)).toBe(codeC);
    expect((await verify(await codeOf(a.validated.courseId))).firstName).toBe("Lina");
    // one audit record per published session, none for the one already published
    const audits = await getDb().select().from(auditLog).where(and(eq(auditLog.targetId, c.session.id), eq(auditLog.action, "certification.session.publish")));
    expect(audits).toHaveLength(1);
  });

  test("a session not finalised is reported and left as it is; nothing checked: clear error", async () => {
    const staff = await admin();
    const centerId = await insertCenter(getDb(), `Centre pas fini ${process.pid}`);
    const open = await insertSession(getDb(), centerId);
    const done = await finalisedSession();
    const report = await publishSessions(getDb(), staff, [open.id, done.session.id]);
    expect(report.map((r) => r.outcome)).toEqual(["not-finalised", "published"]);
    expect((await sessionRow(open.id)).status).toBe("created");
    const err = await publishSessions(getDb(), staff, []).catch((e) => e);
    expect(err).toBeInstanceOf(InvalidInput);
    expect(err.fieldErrors).toEqual({ sessionIds: "Cochez au moins une session à publier." });
  });
});

describe("staff: unpublish a session", () => {
  test("with a reason: certificates no longer shown, republication gives the same codes", async () => {
    const staff = await admin();
    const f = await finalisedSession();
    await publishSession(getDb(), staff, f.session.id);
    const code = await codeOf(f.validated.courseId);
    expect((await verify(code)).pixScore).toBe(120);

    const bad = await unpublishSession(getDb(), staff, f.session.id, "trop bref").catch((e) => e);
    expect(bad).toBeInstanceOf(InvalidInput);
    expect(bad.fieldErrors).toEqual({ reason: "La raison fait au moins 10 caractères." });
    await expect(unpublishSession(getDb(), staff, f.session.id, "x".repeat(501))).rejects.toBeInstanceOf(InvalidInput);
    expect((await sessionRow(f.session.id)).status).toBe("published");

    const reason = "Erreur de saisie du centre sur un candidat.";
    expect(await unpublishSession(getDb(), staff, f.session.id, reason)).toEqual({ changed: true });
    expect(await sessionRow(f.session.id)).toMatchObject({ status: "finalised", publishedAt: null, publishedBy: null });
    await expect(verify(code)).rejects.toBeInstanceOf(NotFound);
    await expect(getMyCertificate(getDb(), f.lina, f.validated.courseId)).rejects.toBeInstanceOf(NotFound);
    expect((await listMyCertifications(getDb(), f.lina)).map(certificationStatusLabel)).toEqual(["En attente de publication"]);
    const [audit] = await getDb().select().from(auditLog).where(and(eq(auditLog.targetId, f.session.id), eq(auditLog.action, "certification.session.unpublish")));
    expect(audit).toMatchObject({ actorId: staff.userId, before: { status: "published" }, after: { status: "finalised", reason } });
    // twice: harmless
    expect(await unpublishSession(getDb(), staff, f.session.id, reason)).toEqual({ changed: false });

    await publishSessions(getDb(), staff, [f.session.id]);
    expect(await codeOf(f.validated.courseId)).toBe(code);
    expect((await verify(code)).pixScore).toBe(120);
  });

  test("a session never published cannot be unpublished", async () => {
    const staff = await admin();
    const centerId = await insertCenter(getDb(), `Centre ouvert ${process.pid}`);
    const open = await insertSession(getDb(), centerId);
    await expect(unpublishSession(getDb(), staff, open.id, "Une raison assez longue.")).rejects.toBeInstanceOf(Conflict);
    await expect(unpublishSession(getDb(), staff, "pas-un-id", "Une raison assez longue.")).rejects.toBeInstanceOf(NotFound);
  });
});

describe("staff: certificates", () => {
  test("search by code (with or without P-, any case) or by name", async () => {
    const staff = await admin();
    const f = await finalisedSession();
    await publishSession(getDb(), staff, f.session.id);
    const code = await codeOf(f.validated.courseId);
    for (const q of [code, code.toLowerCase(), code.slice(2), ` ${code.slice(2, 6).toLowerCase()} ${code.slice(6)} `]) {
      const found = await searchCertificates(getDb(), staff, q);
      expect(found.map((r) => r.courseId)).toEqual([f.validated.courseId]);
    }
    const byName = await searchCertificates(getDb(), staff, `lina ${f.lastName.toUpperCase()}`);
    expect(byName.map((r) => r.courseId)).toEqual([f.validated.courseId]);
    expect(byName[0]).toMatchObject({ sessionNumber: f.session.number, sessionDate: "2026-11-20", pixScore: 120, centerName: expect.stringContaining("Centre admin") });
    expect(staffCertificateStatus(byName[0]!)).toBe("Validé et publié");
    const both = await searchCertificates(getDb(), staff, f.lastName.toLowerCase());
    expect(both).toHaveLength(2);
    expect(await searchCertificates(getDb(), staff, "   ")).toEqual([]);
  });

  test("cancel with a reason: verification says cancelled without score, learner sees it cancelled; not twice", async () => {
    const staff = await admin();
    const f = await finalisedSession();
    await publishSession(getDb(), staff, f.session.id);
    const code = await codeOf(f.validated.courseId);
    await expect(cancelCertificate(getDb(), staff, f.validated.courseId, "court")).rejects.toBeInstanceOf(InvalidInput);
    expect((await getStaffCertificate(getDb(), staff, f.validated.courseId)).cancelledAt).toBeNull();

    const reason = "Fraude constatée lors du contrôle a posteriori.";
    const now = new Date("2026-12-05T09:00:00Z");
    await cancelCertificate(getDb(), staff, f.validated.courseId, reason, now);
    const row = await getStaffCertificate(getDb(), staff, f.validated.courseId);
    expect(row).toMatchObject({ cancelledAt: now, cancelReason: reason });
    expect(staffCertificateStatus(row)).toBe("Annulé");

    const verified = await verify(code);
    expect(verified.cancelledAt).toEqual(now);
    expect(verified.pixScore).toBe(0);
    expect(verified.competences).toEqual([]);
    const html = renderToStaticMarkup(CertificateDetails({ cert: verified }));
    expect(html).toContain("Certificat annulé par Pix le 5 décembre 2026");
    expect(html).not.toContain("Score certifié");
    expect(html).not.toContain("Pix</dd>");
    const valid = renderToStaticMarkup(CertificateDetails({ cert: { ...verified, cancelledAt: null, pixScore: 120 } }));
    expect(valid).toContain("Score certifié");
    const mine = await getMyCertificate(getDb(), f.lina, f.validated.courseId);
    expect(mine).toMatchObject({ cancelledAt: now, pixScore: 0, cancelReason: reason });
    expect((await listMyCertifications(getDb(), f.lina)).map(certificationStatusLabel)).toEqual(["Annulée par Pix"]);

    const [audit] = await getDb().select().from(auditLog).where(and(eq(auditLog.targetId, f.validated.courseId), eq(auditLog.action, "certification.certificate.cancel")));
    expect(audit).toMatchObject({ actorId: staff.userId, before: { cancelledAt: null, pixScore: 120 }, after: { reason } });

    const again = await cancelCertificate(getDb(), staff, f.validated.courseId, reason).catch((e) => e);
    expect(again).toBeInstanceOf(Conflict);
    expect((await getStaffCertificate(getDb(), staff, f.validated.courseId)).cancelledAt).toEqual(now);
    // a rejected certification has no certificate to cancel
    await expect(cancelCertificate(getDb(), staff, f.rejected.courseId, reason)).rejects.toBeInstanceOf(Conflict);
  });
});

describe("staff only", () => {
  test("a learner, an Orga admin and a centre member are refused every service", async () => {
    const staff = await admin();
    const f = await finalisedSession();
    const g = await finalisedSession();
    await publishSession(getDb(), staff, g.session.id);
    const learner = await newUser("Lina");
    const orga = await newOrganisation();
    const reason = "Une raison suffisamment longue.";
    for (const actor of [learner, orga.admin, f.centreStaff]) {
      await expect(publishSessions(getDb(), actor, [f.session.id])).rejects.toBeInstanceOf(NotAllowed);
      await expect(unpublishSession(getDb(), actor, g.session.id, reason)).rejects.toBeInstanceOf(NotAllowed);
      await expect(searchCertificates(getDb(), actor, "Lina")).rejects.toBeInstanceOf(NotAllowed);
      await expect(getStaffCertificate(getDb(), actor, g.validated.courseId)).rejects.toBeInstanceOf(NotAllowed);
      await expect(cancelCertificate(getDb(), actor, g.validated.courseId, reason)).rejects.toBeInstanceOf(NotAllowed);
    }
    expect((await sessionRow(f.session.id)).status).toBe("finalised");
    expect((await sessionRow(g.session.id)).status).toBe("published");
    expect((await getStaffCertificate(getDb(), staff, g.validated.courseId)).cancelledAt).toBeNull();
  });
});
