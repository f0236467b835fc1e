import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { auditLog, certificationCourses, certificationIncidents, certificationSessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { finaliseSession } from "@/lib/certification/finalise/finalise-session";
import { answersWith, insertCenter, insertCourse, insertIncident, insertSession } from "@/lib/certification/finalise/test-fixtures";
import { getSessionResults } from "@/lib/certification/publish/get-session-results";
import { listSessionsToPublish } from "@/lib/certification/publish/list-sessions-to-publish";
import { overruleNeutralisation } from "@/lib/certification/publish/overrule-neutralisation";
import { publishSession } from "@/lib/certification/publish/publish-session";
import { isVerificationCode } from "@/lib/certification/rules";
import { Conflict, NotAllowed, NotAuthenticated } from "@/lib/errors";
import { parseEml } from "@/lib/mail/list-outbox";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";
import { newUser } from "../orga/helpers";

setupTestDatabase();

async function admin(): Promise<Actor> {
  return { ...(await newUser("Admin")), role: "admin" };
}

function mailsTo(email: string) {
  const dir = process.env.OUTBOX_DIR!;
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => parseEml(fs.readFileSync(path.join(dir, f), "utf8")))
    .filter((m) => m.to.includes(email));
}

const courseRow = async (id: string) => (await getDb().select().from(certificationCourses).where(eq(certificationCourses.id, id)))[0]!;

/** A finalised session: Lina validated (e-mail on her candidate row), Paul rejected (account e-mail), Sami with a neutralised question. */
async function finalisedSession() {
  const staff = await newUser("Claire");
  const centerId = await insertCenter(getDb(), `Centre ${Math.random()}`, staff.userId);
  const session = await insertSession(getDb(), centerId);
  const lina = await newUser("Lina");
  const linaMail = uniqueEmail("lina-candidate");
  const validated = await insertCourse(getDb(), { sessionId: session.id, userId: lina.userId, email: linaMail, state: "ended", answers: answersWith(15) });
  const paul = await newUser("Paul");
  const rejected = await insertCourse(getDb(), { sessionId: session.id, userId: paul.userId, firstName: "Paul", state: "ended", answers: answersWith(3) });
  const sami = await newUser("Sami");
  const answers = ["ok", "ok", "ko", ...answersWith(9, 9), "ko", "ko", "ko"];
  const neutralised = await insertCourse(getDb(), { sessionId: session.id, userId: sami.userId, firstName: "Sami", state: "ended", answers });
  const incidentId = await insertIncident(getDb(), neutralised.courseId, "question", neutralised.questions[2]!.challengeId);
  await finaliseSession(getDb(), staff, centerId, session.id, { abortReasons: {} });
  return { staff, centerId, session, lina, linaMail, paul, sami, validated, rejected, neutralised, incidentId };
}

describe("staff publication", () => {
  test("only platform staff may list, read, overrule and publish", async () => {
    const f = await finalisedSession();
    const learner = await newUser("Lina");
    for (const actor of [learner, f.staff]) {
      await expect(listSessionsToPublish(getDb(), actor)).rejects.toBeInstanceOf(NotAllowed);
      await expect(getSessionResults(getDb(), actor, f.session.id)).rejects.toBeInstanceOf(NotAllowed);
      await expect(overruleNeutralisation(getDb(), actor, f.session.id, f.incidentId)).rejects.toBeInstanceOf(NotAllowed);
      await expect(publishSession(getDb(), actor, f.session.id)).rejects.toBeInstanceOf(NotAllowed);
    }
    await expect(publishSession(getDb(), null, f.session.id)).rejects.toBeInstanceOf(NotAuthenticated);
    const [s] = await getDb().select().from(certificationSessions).where(eq(certificationSessions.id, f.session.id));
    expect(s!.status).toBe("finalised");
  });

  test("lists finalised sessions with their candidates and incidents, and shows the results", async () => {
    const f = await finalisedSession();
    const staff = await admin();
    const list = await listSessionsToPublish(getDb(), staff);
    expect(list.find((s) => s.id === f.session.id)).toMatchObject({ number: f.session.number, candidates: 3, incidents: 1 });
    const results = await getSessionResults(getDb(), staff, f.session.id);
    const sami = results.candidates.find((c) => c.firstName === "Sami")!;
    expect(sami.course).toMatchObject({ status: "validated", pixScore: 96, reproducibilityPercent: 78 });
    expect(sami.incidents[0]).toMatchObject({ neutralises: true, overruledAt: null });
    expect(sami.course!.competences[0]).toMatchObject({ n: 2, k: 2, outcome: "confirmed", level: 3, pix: 24 });
  });

  test("overruling a neutralisation scores the test again and is audited", async () => {
    const f = await finalisedSession();
    const staff = await admin();
    expect((await courseRow(f.neutralised.courseId)).pixScore).toBe(96);
    expect(await overruleNeutralisation(getDb(), staff, f.session.id, f.incidentId)).toEqual({ changed: true });
    expect((await courseRow(f.neutralised.courseId)).pixScore).toBe(88);
    const [incident] = await getDb().select().from(certificationIncidents).where(eq(certificationIncidents.id, f.incidentId));
    expect(incident!.overruledBy).toBe(staff.userId);
    const audits = await getDb().select().from(auditLog).where(and(eq(auditLog.targetId, f.incidentId), eq(auditLog.action, "certification.neutralisation.overrule")));
    expect(audits).toHaveLength(1);
    // twice: harmless
    expect(await overruleNeutralisation(getDb(), staff, f.session.id, f.incidentId)).toEqual({ changed: false });
  });

  test("publication gives codes to validated certifications only, e-mails candidates, and is harmless twice", async () => {
    const f = await finalisedSession();
    const staff = await admin();
    const res = await publishSession(getDb(), staff, f.session.id, new Date());
    expect(res).toMatchObject({ alreadyPublished: false, codes: 2, mails: 3 });
    const v = await courseRow(f.validated.courseId);
    expect(isVerificationCode(v.verificationCode!)).toBe(true);
    expect((await courseRow(f.neutralised.courseId)).verificationCode).not.toBe(v.verificationCode);
    expect((await courseRow(f.rejected.courseId)).verificationCode).toBeNull();
    const [s] = await getDb().select().from(certificationSessions).where(eq(certificationSessions.id, f.session.id));
    expect(s).toMatchObject({ status: "published", publishedBy: staff.userId });
    // candidate row e-mail first, else the account's e-mail
    const linaMails = mailsTo(f.linaMail);
    expect(linaMails).toHaveLength(1);
    expect(linaMails[0]!.subject.replace(/\s+/g, " ")).toBe("Votre résultat de certification Pix est disponible");
    expect(linaMails[0]!.text).toContain("/certifications");
    expect(mailsTo(f.paul.email!)).toHaveLength(1);
    expect(mailsTo(f.lina.email!)).toHaveLength(0);
    const again = await publishSession(getDb(), staff, f.session.id);
    expect(again).toMatchObject({ alreadyPublished: true, mails: 0 });
    expect((await courseRow(f.validated.courseId)).verificationCode).toBe(v.verificationCode);
    // after publication, neutralisations are frozen
    const other = await insertIncident(getDb(), f.validated.courseId, "technical", f.validated.questions[0]!.challengeId);
    await expect(overruleNeutralisation(getDb(), staff, f.session.id, other)).rejects.toBeInstanceOf(Conflict);
  });

  test("a drawn code already taken is drawn again", async () => {
    const first = await finalisedSession();
    const staff = await admin();
    await publishSession(getDb(), staff, first.session.id);
    const taken = (await courseRow(first.validated.courseId)).verificationCode!;
    const second = await finalisedSession();
    // the random source first gives the bytes of the taken code, then others
    const { CODE_CHARACTERS } = await import("@/lib/certification/rules");
    const takenBytes = [...taken.slice(2)].map((ch) => CODE_CHARACTERS.indexOf(ch));
    let calls = 0;
    const random = (size: number) => {
      calls += 1;
      if (calls === 1) return Uint8Array.from({ length: size }, (_, i) => takenBytes[i % takenBytes.length]!);
      return new Uint8Array(randomBytes(size));
    };
    const res = await publishSession(getDb(), staff, second.session.id, new Date(), random);
    expect(res.codes).toBe(2);
    const codes = [(await courseRow(second.validated.courseId)).verificationCode, (await courseRow(second.neutralised.courseId)).verificationCode];
    expect(codes).not.toContain(taken);
  });

  test("a session not finalised cannot be published", async () => {
    const staffCenter = await newUser("Claire");
    const centerId = await insertCenter(getDb(), "Centre pas fini", staffCenter.userId);
    const session = await insertSession(getDb(), centerId);
    await expect(publishSession(getDb(), await admin(), session.id)).rejects.toBeInstanceOf(Conflict);
  });
});
