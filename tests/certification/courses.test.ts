import "../assessments/content-setup";
import { eq } from "drizzle-orm";
import { certificationAnswers, certificationCandidates, certificationCenters, certificationCourses } from "@/db/schema";
import { answerQuestion } from "@/lib/certification/courses/answer-question";
import { CourseNotRunning, JOIN_REFUSED_MESSAGE, NotCurrentQuestion } from "@/lib/certification/courses/errors";
import { getCandidateState } from "@/lib/certification/courses/get-candidate-state";
import { getCurrentQuestion } from "@/lib/certification/courses/get-current-question";
import { JOIN_LIMITS, joinSession } from "@/lib/certification/courses/join-session";
import { recordFocusOut } from "@/lib/certification/courses/record-focus-out";
import { startCourse } from "@/lib/certification/courses/start-course";
import { normaliseName } from "@/lib/certification/courses/state";
import { getContentIndex } from "@/lib/content";
import { NotFound, RateLimited } from "@/lib/errors";
import { formFor } from "../assessments/helpers";
import { newUser } from "../orga/helpers";
import { getDb, setupTestDatabase } from "../support/db";
import { courseRow, makeEligible, newSession, setCourseState } from "./courses-helpers";

setupTestDatabase();

const LAURA = { firstName: "Laura", lastName: "Martin", birthDate: "1985-03-14" };
let ipCounter = 0;
const ip = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
const now = () => new Date();
/** a refusal whose French message matches */
const says = (re: RegExp) => expect.objectContaining({ userMessage: expect.stringMatching(re) });

async function eligibleLearner(name = "Laura") {
  const actor = await newUser(name);
  const answered = await makeEligible(actor);
  return { actor, answered };
}

async function join(actor: Parameters<typeof joinSession>[0], s: { number: number; accessCode: string }, who = LAURA, opts: { ip?: string; at?: Date } = {}) {
  return joinSession(actor, { sessionNumber: String(s.number), accessCode: s.accessCode, ...who }, { ip: opts.ip ?? ip(), now: opts.at ?? now() });
}

/** Joined, authorised by the invigilator and started. */
async function startedCourse(extraTimePercent = 0) {
  const { actor } = await eligibleLearner();
  const s = await newSession([{ ...LAURA, extraTimePercent }]);
  const { courseId } = await join(actor, s);
  await setCourseState(courseId, "authorised");
  const startedAt = now();
  await startCourse(actor, { courseId }, startedAt);
  return { actor, courseId, s, startedAt };
}

async function currentForm(actor: Awaited<ReturnType<typeof newUser>>, courseId: string, right = true) {
  const q = await getCurrentQuestion(actor, { revealFocused: true }, now());
  if (q.kind !== "question") throw new Error(`no question: ${q.kind}`);
  const challenge = getContentIndex().challengeById.get(q.challenge.id)!;
  const form = await formFor(actor, challenge, courseId, right, "certification");
  const { assessmentId: _a, ...rest } = form;
  return { ...rest, courseId, challengeId: challenge.id };
}

async function storedAnswers(courseId: string) {
  return getDb().select().from(certificationAnswers).where(eq(certificationAnswers.courseId, courseId));
}

describe("joining a session", () => {
  test("names are compared without case, accents or spaces", () => {
    expect(normaliseName(" Lé-a  MARTÍN ")).toBe(normaliseName("lea martin"));
    expect(normaliseName("Laura")).not.toBe(normaliseName("Laure"));
  });

  test("the right number, code and identity: the candidate is linked and the test composed, waiting", async () => {
    const { actor, answered } = await eligibleLearner();
    const s = await newSession([LAURA, { firstName: "Paul", lastName: "Durand", birthDate: "1990-01-01" }]);
    const out = await joinSession(
      actor,
      { sessionNumber: String(s.number), accessCode: s.accessCode.toLowerCase().replace(/(....)/, "$1 "), lastName: " martin ", firstName: "LAURA", birthDate: "14/03/1985" },
      { ip: ip(), now: now() },
    );
    expect(out).toMatchObject({ state: "waiting", created: true });
    const course = await courseRow(out.courseId);
    expect(course.userId).toBe(actor.userId);
    expect(course.questions.length).toBeGreaterThanOrEqual(5);
    // never a question already answered
    for (const q of course.questions) expect(answered).not.toContain(q.challengeId);
    const [candidate] = await getDb().select().from(certificationCandidates).where(eq(certificationCandidates.id, s.candidateIds[0]!));
    expect(candidate!.userId).toBe(actor.userId);
    // joining again goes on
    await expect(join(actor, s)).resolves.toMatchObject({ courseId: out.courseId, state: "waiting", created: false });
  });

  test("a wrong code, number or identity, or another person's candidate row: the same message, nothing created", async () => {
    const { actor } = await eligibleLearner();
    const s = await newSession([LAURA]);
    const wrongCode = s.accessCode === "BCDF23" ? "BCDF24" : "BCDF23";
    await expect(join(actor, { ...s, accessCode: wrongCode })).rejects.toThrow(expect.objectContaining({ userMessage: JOIN_REFUSED_MESSAGE }));
    await expect(join(actor, { ...s, number: 9_999_999 })).rejects.toThrow(expect.objectContaining({ userMessage: JOIN_REFUSED_MESSAGE }));
    await expect(join(actor, s, { ...LAURA, birthDate: "1985-03-15" })).rejects.toThrow(expect.objectContaining({ userMessage: JOIN_REFUSED_MESSAGE }));
    await expect(join(actor, s, { ...LAURA, firstName: "Laure" })).rejects.toThrow(expect.objectContaining({ userMessage: JOIN_REFUSED_MESSAGE }));
    expect(await getDb().select().from(certificationCourses).where(eq(certificationCourses.userId, actor.userId))).toHaveLength(0);

    // another account takes the row first: refused with the same message
    const { actor: other } = await eligibleLearner("Laura");
    await join(other, s);
    await expect(join(actor, s)).rejects.toThrow(expect.objectContaining({ userMessage: JOIN_REFUSED_MESSAGE }));
    expect(await getDb().select().from(certificationCourses).where(eq(certificationCourses.userId, actor.userId))).toHaveLength(0);
  });

  test("a session of another day, or already finalised, cannot be joined", async () => {
    const { actor } = await eligibleLearner();
    const tomorrow = await newSession([LAURA], { date: "2099-01-01" });
    await expect(join(actor, tomorrow)).rejects.toThrow(says(/n'a pas lieu aujourd'hui/));
    const closed = await newSession([LAURA], { status: "finalised" });
    await expect(join(actor, closed)).rejects.toThrow(says(/close/));
  });

  test("a session of an archived centre cannot be joined", async () => {
    const { actor } = await eligibleLearner();
    const s = await newSession([LAURA]);
    await getDb().update(certificationCenters).set({ archivedAt: new Date() }).where(eq(certificationCenters.id, s.centreId));
    await expect(join(actor, s)).rejects.toThrow(says(new RegExp(JOIN_REFUSED_MESSAGE.slice(0, 40))));
    const [candidate] = await getDb().select().from(certificationCandidates).where(eq(certificationCandidates.id, s.candidateIds[0]!));
    expect(candidate!.userId).toBeNull();
  });

  test("a learner who is not eligible is told why, and nothing is created or linked", async () => {
    const actor = await newUser("Laura");
    await makeEligible(actor, 3);
    const s = await newSession([LAURA]);
    await expect(join(actor, s)).rejects.toThrow(says(/au moins 5 compétences/));
    const [candidate] = await getDb().select().from(certificationCandidates).where(eq(certificationCandidates.id, s.candidateIds[0]!));
    expect(candidate!.userId).toBeNull();
    expect(await getDb().select().from(certificationCourses).where(eq(certificationCourses.userId, actor.userId))).toHaveLength(0);
  });

  test("an anonymous or logged-out visitor cannot join", async () => {
    const s = await newSession([LAURA]);
    await expect(join(null, s)).rejects.toThrow();
    await expect(join(await newUser("Laura", { anonymous: true }), s)).rejects.toThrow();
  });

  test("guessing codes for a candidate from one address is blocked after 10 tries", async () => {
    const { actor } = await eligibleLearner();
    const s = await newSession([LAURA]);
    const wrong = { ...s, accessCode: s.accessCode === "BCDF23" ? "BCDF24" : "BCDF23" };
    const address = ip();
    for (let i = 0; i < JOIN_LIMITS.perCandidate; i++) await expect(join(actor, wrong, LAURA, { ip: address })).rejects.toThrow(expect.objectContaining({ userMessage: JOIN_REFUSED_MESSAGE }));
    await expect(join(actor, wrong, LAURA, { ip: address })).rejects.toBeInstanceOf(RateLimited);
    // even the right code, from that address for that candidate, waits
    await expect(join(actor, s, LAURA, { ip: address })).rejects.toBeInstanceOf(RateLimited);
  });

  test("a session number is blocked after 1,000 tries (5 for each of 200 candidates) from any addresses and accounts, for every candidate", async () => {
    const { actor } = await eligibleLearner();
    const s = await newSession([LAURA]);
    const wrong = { ...s, accessCode: s.accessCode === "BCDF23" ? "BCDF24" : "BCDF23" };
    let guesser = await newUser("Essai");
    for (let i = 0; i < JOIN_LIMITS.perSession; i++) {
      if (i > 0 && i % JOIN_LIMITS.perAccount === 0) guesser = await newUser("Essai");
      await expect(join(guesser, wrong, { ...LAURA, firstName: `Essai${i}` }, { ip: ip() })).rejects.toThrow(says(/ne correspondent/));
    }
    await expect(join(actor, s, LAURA, { ip: ip() })).rejects.toBeInstanceOf(RateLimited);
  });

  test("one account is blocked after 20 tries, whatever names and addresses it types; the 21st changes nothing, other accounts still join", async () => {
    const guesser = await newUser("Essai");
    const { actor } = await eligibleLearner();
    const s = await newSession([LAURA]);
    const wrong = { ...s, accessCode: s.accessCode === "BCDF23" ? "BCDF24" : "BCDF23" };
    for (let i = 0; i < JOIN_LIMITS.perAccount; i++) await expect(join(guesser, wrong, { ...LAURA, firstName: `Essai${i}` }, { ip: ip() })).rejects.toThrow(says(/ne correspondent/));
    // the next try is refused before the code is even compared: even Laura's right code and identity do nothing for this account
    await expect(join(guesser, s, LAURA, { ip: ip() })).rejects.toBeInstanceOf(RateLimited);
    const [candidate] = await getDb().select().from(certificationCandidates).where(eq(certificationCandidates.id, s.candidateIds[0]!));
    expect(candidate!.userId).toBeNull();
    expect(await getDb().select().from(certificationCourses).where(eq(certificationCourses.userId, guesser.userId))).toHaveLength(0);
    // Laura herself, on her own account, is not blocked
    await expect(join(actor, s, LAURA, { ip: ip() })).resolves.toMatchObject({ state: "waiting" });
  });

  test("30 candidates of a room behind one address join without being blocked", async () => {
    const people = Array.from({ length: 30 }, (_, i) => ({ firstName: `Prénom${i}`, lastName: `Nom${i}`, birthDate: "1980-01-01" }));
    const s = await newSession(people);
    const actors = await Promise.all(people.map((p) => newUser(p.firstName)));
    await Promise.all(actors.slice(0, 6).map((a) => makeEligible(a)));
    const room = "192.168.0.1";
    const wrong = { ...s, accessCode: s.accessCode === "BCDF22" ? "BCDF33" : "BCDF22" };
    // each person first mistypes the code twice, then the first 6 join (the others are not eligible: refused with a reason, not rate-limited)
    for (const [i, p] of people.entries()) {
      await expect(join(actors[i]!, wrong, p, { ip: room })).rejects.toThrow(expect.objectContaining({ userMessage: JOIN_REFUSED_MESSAGE }));
      await expect(join(actors[i]!, wrong, p, { ip: room })).rejects.toThrow(expect.objectContaining({ userMessage: JOIN_REFUSED_MESSAGE }));
    }
    for (const [i, p] of people.entries()) {
      if (i < 6) await expect(join(actors[i]!, s, p, { ip: room })).resolves.toMatchObject({ state: "waiting" });
      else await expect(join(actors[i]!, s, p, { ip: room })).rejects.toThrow(says(/au moins 5 compétences/));
    }
  });
});

describe("the test", () => {
  test("cannot start or answer before the invigilator authorises; then starts with the time allowed", async () => {
    const { actor } = await eligibleLearner();
    const s = await newSession([{ ...LAURA, extraTimePercent: 33 }]);
    const { courseId } = await join(actor, s);
    const first = (await courseRow(courseId)).questions[0]!.challengeId;
    await expect(startCourse(actor, { courseId }, now())).rejects.toBeInstanceOf(CourseNotRunning);
    await expect(answerQuestion(actor, { courseId, challengeId: first, skip: true }, now())).rejects.toBeInstanceOf(CourseNotRunning);
    expect((await getCurrentQuestion(actor, {}, now())).kind).toBe("elsewhere");
    await setCourseState(courseId, "authorised");
    await expect(answerQuestion(actor, { courseId, challengeId: first, skip: true }, now())).rejects.toBeInstanceOf(CourseNotRunning);
    expect(await storedAnswers(courseId)).toHaveLength(0);
    const at = now();
    await startCourse(actor, { courseId }, at);
    await startCourse(actor, { courseId }, new Date(at.getTime() + 60_000)); // a double click changes nothing
    const course = await courseRow(courseId);
    expect(course.state).toBe("started");
    expect(course.endsAt!.getTime() - at.getTime()).toBe(140 * 60_000);
    const state = await getCandidateState(actor, at);
    expect(state).toMatchObject({ kind: "course", page: "/certification/test", minutes: 140 });
  });

  test("another candidate's course, or a question that is not the current one: refused, nothing stored", async () => {
    const { actor, courseId } = await startedCourse();
    const intruder = await newUser("Intrus");
    const course = await courseRow(courseId);
    await expect(answerQuestion(intruder, { courseId, challengeId: course.questions[0]!.challengeId, skip: true }, now())).rejects.toBeInstanceOf(NotFound);
    await expect(answerQuestion(actor, { courseId, challengeId: course.questions[1]!.challengeId, skip: true }, now())).rejects.toBeInstanceOf(NotCurrentQuestion);
    expect(await storedAnswers(courseId)).toHaveLength(0);
  });

  test("answering to the end ends the test; a double submission is harmless; no correction is returned", async () => {
    const { actor, courseId } = await startedCourse();
    const total = (await courseRow(courseId)).questions.length;
    let first: Awaited<ReturnType<typeof currentForm>> | null = null;
    for (let i = 0; i < total; i++) {
      const form = await currentForm(actor, courseId, i % 4 !== 3);
      first ??= form;
      const out = await answerQuestion(actor, i === 2 ? { ...form, skip: true } : form, now());
      expect(Object.keys(out).sort()).toEqual(["page", "repeated", "state"]);
      if (i === 0) await expect(answerQuestion(actor, form, now())).resolves.toMatchObject({ repeated: true });
    }
    const course = await courseRow(courseId);
    expect(course.state).toBe("ended");
    expect(course.endedAt).not.toBeNull();
    const stored = await storedAnswers(courseId);
    expect(stored).toHaveLength(total);
    expect(stored.find((a) => a.position === 3)!.status).toBe("skipped");
    expect(stored.filter((a) => a.status === "ok").length).toBeGreaterThan(0);
    await expect(answerQuestion(actor, first!, now())).resolves.toMatchObject({ repeated: true, page: "/certification/fin" });
    expect(await getCandidateState(actor, now())).toMatchObject({ page: "/certification/fin" });
  });

  test("after the time limit (+ 5 s) an answer is refused and the test is timed out", async () => {
    const { actor, courseId, startedAt } = await startedCourse();
    const form = await currentForm(actor, courseId);
    const late = new Date(startedAt.getTime() + 105 * 60_000 + 6_000);
    await expect(answerQuestion(actor, form, late)).resolves.toMatchObject({ state: "timed-out", page: "/certification/fin" });
    const course = await courseRow(courseId);
    expect(course.state).toBe("timed-out");
    expect(await storedAnswers(courseId)).toHaveLength(0);
    await expect(answerQuestion(actor, form, late)).rejects.toBeInstanceOf(CourseNotRunning);
  });

  test("an answer within the 5 s grace is accepted", async () => {
    const { actor, courseId, startedAt } = await startedCourse();
    const form = await currentForm(actor, courseId);
    await expect(answerQuestion(actor, form, new Date(startedAt.getTime() + 105 * 60_000 + 4_000))).resolves.toMatchObject({ state: "started" });
  });

  test("joining again while the test runs pauses it: nothing can be answered until the resume", async () => {
    const { actor, courseId, s } = await startedCourse();
    const form = await currentForm(actor, courseId);
    await expect(join(actor, s)).resolves.toMatchObject({ courseId, state: "paused" });
    await expect(answerQuestion(actor, form, now())).rejects.toBeInstanceOf(CourseNotRunning);
    expect(await storedAnswers(courseId)).toHaveLength(0);
    expect(await getCandidateState(actor, now())).toMatchObject({ state: "paused", page: "/certification/attente" });
    const endsAt = (await courseRow(courseId)).endsAt;
    await setCourseState(courseId, "started"); // the invigilator's "Autoriser la reprise"
    await expect(answerQuestion(actor, form, now())).resolves.toMatchObject({ state: "started" });
    expect((await courseRow(courseId)).endsAt).toEqual(endsAt);
  });

  test("a focus question: warned first, then leaving the page records it as focusedOut and serves the next", async () => {
    const { actor, courseId } = await startedCourse();
    const course = await courseRow(courseId);
    const challenge = getContentIndex().challengeById.get(course.questions[0]!.challengeId)!;
    const wasFocused = challenge.focused;
    challenge.focused = true; // the content has no focus question yet: made one for this test
    try {
      // not a focus question yet served: the warning screen, and a focus-out is refused
      await expect(getCurrentQuestion(actor, {}, now())).resolves.toMatchObject({ kind: "focus-warning", number: 1 });
      await expect(recordFocusOut(actor, { courseId, challengeId: challenge.id }, now())).rejects.toThrow(says(/pas encore affichée/));
      await expect(getCurrentQuestion(actor, { revealFocused: true }, now())).resolves.toMatchObject({ kind: "question" });
      const intruder = await newUser("Intrus");
      await expect(recordFocusOut(intruder, { courseId, challengeId: challenge.id }, now())).rejects.toBeInstanceOf(NotFound);
      await expect(recordFocusOut(actor, { courseId, challengeId: challenge.id }, now())).resolves.toMatchObject({ state: "started", repeated: false });
      await expect(recordFocusOut(actor, { courseId, challengeId: challenge.id }, now())).resolves.toMatchObject({ repeated: true });
      const stored = await storedAnswers(courseId);
      expect(stored).toEqual([expect.objectContaining({ challengeId: challenge.id, status: "focusedOut", position: 1 })]);
      expect((await courseRow(courseId)).currentIndex).toBe(1);
      // a question that is not a focus question cannot be "left"
      await expect(recordFocusOut(actor, { courseId, challengeId: course.questions[1]!.challengeId }, now())).rejects.toThrow(says(/focus/));
    } finally {
      challenge.focused = wasFocused;
    }
  });
});
