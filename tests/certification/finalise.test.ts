import { eq } from "drizzle-orm";
import { certificationCourses, certificationSessions } from "@/db/schema";
import { finaliseSession, abortField } from "@/lib/certification/finalise/finalise-session";
import { getFinalisation } from "@/lib/certification/finalise/get-finalisation";
import { answersWith, insertCenter, insertCourse, insertIncident, insertSession } from "@/lib/certification/finalise/test-fixtures";
import { InvalidInput, NotAllowed, NotAuthenticated } from "@/lib/errors";
import { getDb, setupTestDatabase } from "../support/db";
import { newUser } from "../orga/helpers";

setupTestDatabase();

async function setup() {
  const staff = await newUser("Claire");
  const centerId = await insertCenter(getDb(), `Centre ${Math.random()}`, staff.userId);
  const session = await insertSession(getDb(), centerId);
  return { staff, centerId, session };
}

async function courseRow(id: string) {
  const [c] = await getDb().select().from(certificationCourses).where(eq(certificationCourses.id, id));
  return c!;
}

async function sessionRow(id: string) {
  const [s] = await getDb().select().from(certificationSessions).where(eq(certificationSessions.id, id));
  return s!;
}

describe("finaliseSession", () => {
  test("refuses anonymous visitors, learners and staff of another centre", async () => {
    const { centerId, session } = await setup();
    const learner = await newUser("Lina");
    const other = await newUser("Omar");
    await insertCenter(getDb(), "Autre centre", other.userId);
    await expect(finaliseSession(getDb(), null, centerId, session.id, { abortReasons: {} })).rejects.toBeInstanceOf(NotAuthenticated);
    await expect(finaliseSession(getDb(), learner, centerId, session.id, { abortReasons: {} })).rejects.toBeInstanceOf(NotAllowed);
    await expect(finaliseSession(getDb(), other, centerId, session.id, { abortReasons: {} })).rejects.toBeInstanceOf(NotAllowed);
    await expect(getFinalisation(getDb(), other, centerId, session.id)).rejects.toBeInstanceOf(NotAllowed);
    expect((await sessionRow(session.id)).status).toBe("created");
  });

  test("requires an abort reason for each unfinished test, and changes nothing without it", async () => {
    const { staff, centerId, session } = await setup();
    const learner = await newUser("Lina");
    const done = await insertCourse(getDb(), { sessionId: session.id, userId: learner.userId, state: "ended", answers: answersWith(15) });
    const other = await newUser("Paul");
    const started = await insertCourse(getDb(), { sessionId: session.id, userId: other.userId, firstName: "Paul", state: "started", answers: answersWith(6, 6) });
    const error = await finaliseSession(getDb(), staff, centerId, session.id, { abortReasons: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInput);
    expect(Object.keys((error as InvalidInput).fieldErrors)).toEqual([abortField(started.courseId)]);
    expect((error as InvalidInput).fieldErrors[abortField(started.courseId)]).toMatch(/Choisissez la raison/);
    expect((await sessionRow(session.id)).status).toBe("created");
    expect((await courseRow(started.courseId)).state).toBe("started");
    expect((await courseRow(done.courseId)).status).toBeNull();
    // an unknown reason is refused too
    await expect(finaliseSession(getDb(), staff, centerId, session.id, { abortReasons: { [started.courseId]: { reason: "pirate" } } })).rejects.toBeInstanceOf(InvalidInput);
  });

  test("closes unfinished tests with their reason, scores every test, and a second submission is harmless", async () => {
    const { staff, centerId, session } = await setup();
    const a = await newUser("Lina");
    const done = await insertCourse(getDb(), { sessionId: session.id, userId: a.userId, state: "ended", answers: answersWith(15) });
    const b = await newUser("Paul");
    const started = await insertCourse(getDb(), { sessionId: session.id, userId: b.userId, firstName: "Paul", state: "started", answers: answersWith(6, 6) });
    const now = new Date("2026-12-02T10:00:00Z");
    const res = await finaliseSession(
      getDb(),
      staff,
      centerId,
      session.id,
      { examinerComment: "RAS", abortReasons: { [started.courseId]: { reason: "technical", text: "Panne de courant" } } },
      now,
    );
    expect(res).toEqual({ alreadyFinalised: false, scored: 2 });
    const s = await sessionRow(session.id);
    expect(s.status).toBe("finalised");
    expect(s.finalisedAt?.toISOString()).toBe(now.toISOString());
    expect(s.examinerComment).toBe("RAS");
    const d = await courseRow(done.courseId);
    expect(d).toMatchObject({ state: "ended", status: "validated", pixScore: 120 });
    const u = await courseRow(started.courseId);
    expect(u).toMatchObject({ state: "ended-by-invigilator", abortReason: "Problème technique : Panne de courant", status: "rejected", pixScore: 0 });
    expect(u.endedAt?.toISOString()).toBe(now.toISOString());
    expect((u.result as { reproducibility: { correct: number; counted: number } }).reproducibility).toMatchObject({ correct: 6, counted: 15 });

    const again = await finaliseSession(getDb(), staff, centerId, session.id, { abortReasons: {} });
    expect(again.alreadyFinalised).toBe(true);
    expect((await sessionRow(session.id)).finalisedAt?.toISOString()).toBe(now.toISOString());
  });

  test("a question incident neutralises its question and changes the result", async () => {
    const { staff, centerId, session } = await setup();
    const a = await newUser("Lina");
    // competence 1: ok ok ko, competences 2–4 right, competence 5 wrong: R = 11/15 (73 %)
    const answers = ["ok", "ok", "ko", ...answersWith(9, 9), "ko", "ko", "ko"];
    const plain = await insertCourse(getDb(), { sessionId: session.id, userId: a.userId, state: "ended", answers });
    const b = await newUser("Paul");
    const withIncident = await insertCourse(getDb(), { sessionId: session.id, userId: b.userId, firstName: "Paul", state: "ended", answers });
    await insertIncident(getDb(), withIncident.courseId, "question", withIncident.questions[2]!.challengeId);
    await insertIncident(getDb(), withIncident.courseId, "late-or-leaving", null, "Arrivé en retard");
    await finaliseSession(getDb(), staff, centerId, session.id, { abortReasons: {} });
    // without incident: competence 1 (2 of 3, R < 80 %) is lowered: 16 + 3 × 24
    expect((await courseRow(plain.courseId)).pixScore).toBe(88);
    // neutralised: competence 1 is 2 of 2, confirmed: 4 × 24
    expect((await courseRow(withIncident.courseId)).pixScore).toBe(96);
    const view = await getFinalisation(getDb(), staff, centerId, session.id);
    expect(view.candidates.find((c) => c.course?.id === withIncident.courseId)?.incidents.map((i) => i.categoryLabel)).toEqual([
      "Problème sur une question",
      "Retard, absence ou départ",
    ]);
  });

  test("refuses an examiner comment over 2000 characters", async () => {
    const { staff, centerId, session } = await setup();
    const e = await finaliseSession(getDb(), staff, centerId, session.id, { examinerComment: "x".repeat(2001), abortReasons: {} }).catch((x) => x);
    expect(e).toBeInstanceOf(InvalidInput);
    expect((await sessionRow(session.id)).status).toBe("created");
  });
});
