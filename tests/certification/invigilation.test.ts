/**
 * The invigilator portal's services: login by session number + password (rate-limited per
 * address and number, only for open sessions, 12-hour cookie), each course transition allowed
 * only from its state and harmless when repeated, incidents, and nobody else getting through:
 * no cookie, an expired one, or the invigilator of another session.
 */
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import {
  certificationAnswers,
  certificationCandidates,
  certificationCenters,
  certificationCourses,
  certificationIncidents,
  certificationSessions,
  invigilatorSessions,
  users,
} from "@/db/schema";
import { authoriseResume, authoriseStart, endTest } from "@/lib/certification/invigilation/change-course-state";
import { getInvigilation } from "@/lib/certification/invigilation/get-invigilation";
import { findInvigilator, type Invigilator } from "@/lib/certification/invigilation/invigilator";
import { INVIGILATOR_LOGIN_FAILED, InvigilatorLoginFailed, loginInvigilator } from "@/lib/certification/invigilation/login-invigilator";
import { logoutInvigilator } from "@/lib/certification/invigilation/logout-invigilator";
import { reportIncident } from "@/lib/certification/invigilation/report-incident";
import { invigilatorLoginSchema } from "@/lib/certification/invigilation/schemas";
import { generateInvigilatorPassword } from "@/lib/certification/rules";
import { Conflict, InvalidInput, NotAuthenticated, NotFound, RateLimited } from "@/lib/errors";
import { getDb, setupTestDatabase } from "../support/db";

setupTestDatabase();

const NOW = new Date("2026-12-05T09:00:00Z");
let ipCounter = 0;
const newIp = () => `10.9.${process.pid % 250}.${++ipCounter}`;
const ctx = (ip: string, now = NOW) => ({ ip, now, db: getDb(), delayMs: 0 });

const QUESTIONS = Array.from({ length: 15 }, (_, i) => ({ challengeId: `chal-${i + 1}`, competenceId: `comp-${Math.floor(i / 3) + 1}`, skillId: `skill-${i + 1}`, level: 3 }));
const COMPETENCES = Array.from({ length: 5 }, (_, i) => ({ competenceId: `comp-${i + 1}`, level: 2, pix: 16 }));

let centerId = "";
beforeAll(async () => {
  const [c] = await getDb().insert(certificationCenters).values({ name: "Centre de la Médiathèque", approvedAt: NOW }).returning({ id: certificationCenters.id });
  centerId = c!.id;
});

async function newSession(opts: { status?: string } = {}) {
  const password = generateInvigilatorPassword(randomBytes);
  const [s] = await getDb()
    .insert(certificationSessions)
    .values({
      centerId,
      address: "1 rue des Lilas, Lyon",
      room: "Salle B",
      date: "2026-12-05",
      time: "09:30",
      examiner: "Paul Dubois",
      accessCode: "BCDF23",
      invigilatorPassword: password,
      status: opts.status ?? "created",
    })
    .returning({ id: certificationSessions.id, number: certificationSessions.number });
  return { id: s!.id, number: s!.number!, password };
}

/** A registered candidate; with a state, they joined and their course is in that state. */
async function newCandidate(sessionId: string, state: string | null, opts: { extraTimePercent?: number; currentIndex?: number; started?: boolean } = {}) {
  const [u] = await getDb().insert(users).values({ firstName: "Laura", lastName: "Martin", isAnonymous: false }).returning({ id: users.id });
  const [cand] = await getDb()
    .insert(certificationCandidates)
    .values({ sessionId, firstName: "Laura", lastName: `Martin-${ipCounter++}`, birthDate: "1990-04-12", extraTimePercent: opts.extraTimePercent ?? 0, userId: state ? u!.id : null })
    .returning({ id: certificationCandidates.id });
  if (!state) return { candidateId: cand!.id, courseId: null as string | null };
  const started = opts.started ?? ["started", "paused", "ended", "ended-by-invigilator", "timed-out"].includes(state);
  const [course] = await getDb()
    .insert(certificationCourses)
    .values({
      candidateId: cand!.id,
      sessionId,
      userId: u!.id,
      state,
      questions: QUESTIONS,
      competences: COMPETENCES,
      currentIndex: opts.currentIndex ?? (started ? 6 : 0),
      startedAt: started ? new Date(NOW.getTime() - 30 * 60_000) : null,
      endsAt: started ? new Date(NOW.getTime() + 75 * 60_000) : null,
    })
    .returning({ id: certificationCourses.id });
  return { candidateId: cand!.id, courseId: course!.id as string | null };
}

async function courseOf(candidateId: string) {
  const [c] = await getDb().select().from(certificationCourses).where(eq(certificationCourses.candidateId, candidateId));
  return c!;
}

async function invigilate(session: { number: number; password: string }): Promise<{ token: string; invigilator: Invigilator }> {
  const { token } = await loginInvigilator({ number: session.number, password: session.password }, ctx(newIp()));
  const invigilator = await findInvigilator(getDb(), token, NOW);
  return { token, invigilator: invigilator! };
}

describe("loginInvigilator", () => {
  test("the right number and password open a 12-hour login; only the token's sha-256 is stored", async () => {
    const s = await newSession();
    const login = await loginInvigilator({ number: s.number, password: s.password }, ctx(newIp()));
    expect(login.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(login.expiresAt.getTime() - NOW.getTime()).toBe(12 * 60 * 60_000);
    const rows = await getDb().select().from(invigilatorSessions).where(eq(invigilatorSessions.sessionId, s.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash("sha256").update(login.token).digest("hex"));
    expect(rows[0]!.tokenHash).not.toContain(login.token);
    expect(await findInvigilator(getDb(), login.token, NOW)).toEqual({ invigilatorSessionId: rows[0]!.id, sessionId: s.id });
  });

  test("the form forgives case and spaces (number and password)", async () => {
    const s = await newSession();
    const parsed = invigilatorLoginSchema.parse({ number: ` ${String(s.number).slice(0, 2)} ${String(s.number).slice(2)} `, password: s.password.toLowerCase() });
    expect(parsed).toEqual({ number: s.number, password: s.password });
    await expect(loginInvigilator(parsed, ctx(newIp()))).resolves.toMatchObject({ sessionId: s.id });
  });

  test("a wrong password and an unknown number get the same generic message, and no login", async () => {
    const s = await newSession();
    const wrong = s.password === "BBBBB" ? "CCCCC" : "BBBBB";
    const ip = newIp();
    await expect(loginInvigilator({ number: s.number, password: wrong }, ctx(ip))).rejects.toThrow(InvigilatorLoginFailed);
    await expect(loginInvigilator({ number: 99_999_999, password: s.password }, ctx(ip))).rejects.toMatchObject({ userMessage: INVIGILATOR_LOGIN_FAILED });
    expect(INVIGILATOR_LOGIN_FAILED).toBe("Numéro de session ou mot de passe incorrect.");
    expect(await getDb().select().from(invigilatorSessions).where(eq(invigilatorSessions.sessionId, s.id))).toHaveLength(0);
  });

  test("10 wrong passwords for one number from one address block that pair only; other addresses and numbers still log in", async () => {
    const s = await newSession();
    const ip = newIp();
    for (let i = 0; i < 10; i++) await expect(loginInvigilator({ number: s.number, password: "BBBBB" === s.password ? "CCCCC" : "BBBBB" }, ctx(ip))).rejects.toThrow(InvigilatorLoginFailed);
    // the right password now waits for the window's end
    await expect(loginInvigilator({ number: s.number, password: s.password }, ctx(ip))).rejects.toThrow(RateLimited);
    // another address for the same session is not blocked
    await expect(loginInvigilator({ number: s.number, password: s.password }, ctx(newIp()))).resolves.toMatchObject({ sessionId: s.id });
    // 20 invigilators of 20 sessions behind that same (blocked) address log in
    const others = await Promise.all(Array.from({ length: 20 }, () => newSession()));
    for (const o of others) await expect(loginInvigilator({ number: o.number, password: o.password }, ctx(ip))).resolves.toMatchObject({ sessionId: o.id });
    // 10 minutes later the pair is free again
    await expect(loginInvigilator({ number: s.number, password: s.password }, ctx(ip, new Date(NOW.getTime() + 10 * 60_000 + 1000)))).resolves.toMatchObject({
      sessionId: s.id,
    });
  });

  test("20 invigilators of 20 sessions on one address, each with a few typos, are never blocked", async () => {
    const ip = newIp();
    const sessions = await Promise.all(Array.from({ length: 20 }, () => newSession()));
    for (const s of sessions) {
      for (let i = 0; i < 3; i++) await expect(loginInvigilator({ number: s.number, password: "BBBBB" === s.password ? "CCCCC" : "BBBBB" }, ctx(ip))).rejects.toThrow(InvigilatorLoginFailed);
      await expect(loginInvigilator({ number: s.number, password: s.password }, ctx(ip))).resolves.toMatchObject({ sessionId: s.id });
    }
  });

  test("a finalised session does not open, and an earlier login to it stops working", async () => {
    const s = await newSession();
    const { token } = await invigilate(s);
    await getDb().update(certificationSessions).set({ status: "finalised", finalisedAt: NOW }).where(eq(certificationSessions.id, s.id));
    await expect(loginInvigilator({ number: s.number, password: s.password }, ctx(newIp()))).rejects.toThrow(Conflict);
    expect(await findInvigilator(getDb(), token, NOW)).toBeNull();
    const published = await newSession({ status: "published" });
    await expect(loginInvigilator({ number: published.number, password: published.password }, ctx(newIp()))).rejects.toThrow(Conflict);
  });

  test("an expired, unknown or logged-out cookie is no invigilator", async () => {
    const s = await newSession();
    const { token } = await invigilate(s);
    expect(await findInvigilator(getDb(), token, new Date(NOW.getTime() + 12 * 60 * 60_000 - 1000))).not.toBeNull();
    expect(await findInvigilator(getDb(), token, new Date(NOW.getTime() + 12 * 60 * 60_000))).toBeNull();
    expect(await findInvigilator(getDb(), "not-a-token", NOW)).toBeNull();
    expect(await findInvigilator(getDb(), "", NOW)).toBeNull();
    expect(await findInvigilator(getDb(), undefined, NOW)).toBeNull();
    await logoutInvigilator(getDb(), token);
    expect(await findInvigilator(getDb(), token, NOW)).toBeNull();
  });
});

describe("transitions", () => {
  test("Autoriser à commencer: waiting → authorised; a second click changes nothing", async () => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    const { candidateId } = await newCandidate(s.id, "waiting");
    expect(await authoriseStart(getDb(), invigilator, candidateId, NOW)).toEqual({ changed: true, state: "authorised" });
    expect(await authoriseStart(getDb(), invigilator, candidateId, NOW)).toEqual({ changed: false, state: "authorised" });
    expect((await courseOf(candidateId)).state).toBe("authorised");
  });

  test.each(["started", "paused", "ended", "ended-by-invigilator", "timed-out"])("Autoriser à commencer is refused from %s, nothing changed", async (state) => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    const { candidateId } = await newCandidate(s.id, state);
    const before = await courseOf(candidateId);
    await expect(authoriseStart(getDb(), invigilator, candidateId, NOW)).rejects.toThrow(Conflict);
    expect(await courseOf(candidateId)).toEqual(before);
  });

  test("Autoriser la reprise: paused → started, the deadline unchanged; a second click changes nothing", async () => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    const { candidateId } = await newCandidate(s.id, "paused");
    const before = await courseOf(candidateId);
    expect(await authoriseResume(getDb(), invigilator, candidateId, NOW)).toEqual({ changed: true, state: "started" });
    expect(await authoriseResume(getDb(), invigilator, candidateId, NOW)).toEqual({ changed: false, state: "started" });
    const after = await courseOf(candidateId);
    expect(after.state).toBe("started");
    expect(after.endsAt).toEqual(before.endsAt);
    expect(after.startedAt).toEqual(before.startedAt);
  });

  test.each(["waiting", "authorised", "ended", "ended-by-invigilator", "timed-out"])("Autoriser la reprise is refused from %s", async (state) => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    const { candidateId } = await newCandidate(s.id, state);
    await expect(authoriseResume(getDb(), invigilator, candidateId, NOW)).rejects.toThrow(Conflict);
    expect((await courseOf(candidateId)).state).toBe(state);
  });

  test.each(["waiting", "authorised", "started", "paused"])("Terminer le test from %s → ended-by-invigilator with its end time", async (state) => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    const { candidateId } = await newCandidate(s.id, state);
    expect(await endTest(getDb(), invigilator, candidateId, NOW)).toEqual({ changed: true, state: "ended-by-invigilator" });
    expect(await endTest(getDb(), invigilator, candidateId, new Date(NOW.getTime() + 5000))).toEqual({ changed: false, state: "ended-by-invigilator" });
    const c = await courseOf(candidateId);
    expect(c.state).toBe("ended-by-invigilator");
    expect(c.endedAt).toEqual(NOW);
  });

  test.each(["ended", "timed-out"])("Terminer le test is refused once the test is over (%s)", async (state) => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    const { candidateId } = await newCandidate(s.id, state);
    await expect(endTest(getDb(), invigilator, candidateId, NOW)).rejects.toThrow(Conflict);
    expect((await courseOf(candidateId)).state).toBe(state);
  });

  test("a candidate who has not joined yet cannot be authorised", async () => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    const { candidateId } = await newCandidate(s.id, null);
    await expect(authoriseStart(getDb(), invigilator, candidateId, NOW)).rejects.toThrow(Conflict);
  });

  test("clicks at the same time: one changes the state, the others change nothing", async () => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    const { candidateId } = await newCandidate(s.id, "waiting");
    const results = await Promise.all(Array.from({ length: 4 }, () => authoriseStart(getDb(), invigilator, candidateId, NOW)));
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect((await courseOf(candidateId)).state).toBe("authorised");
  });
});

describe("only the invigilator of THIS session", () => {
  test("the invigilator of another session cannot act on this session's candidates, nor see them", async () => {
    const mine = await newSession();
    const other = await newSession();
    const { invigilator: intruder } = await invigilate(other);
    const waiting = await newCandidate(mine.id, "waiting");
    const paused = await newCandidate(mine.id, "paused");
    await expect(authoriseStart(getDb(), intruder, waiting.candidateId, NOW)).rejects.toThrow(NotFound);
    await expect(authoriseResume(getDb(), intruder, paused.candidateId, NOW)).rejects.toThrow(NotFound);
    await expect(endTest(getDb(), intruder, paused.candidateId, NOW)).rejects.toThrow(NotFound);
    await expect(reportIncident(getDb(), intruder, { candidateId: paused.candidateId, category: "fraud", description: "Triche" }, NOW)).rejects.toThrow(NotFound);
    await expect(getInvigilation(getDb(), intruder, NOW, { candidateId: paused.candidateId })).rejects.toThrow(NotFound);
    expect((await getInvigilation(getDb(), intruder, NOW)).candidates.map((c) => c.id)).not.toContain(waiting.candidateId);
    expect((await courseOf(waiting.candidateId)).state).toBe("waiting");
    expect((await courseOf(paused.candidateId)).state).toBe("paused");
    expect(await getDb().select().from(certificationIncidents).where(eq(certificationIncidents.courseId, paused.courseId!))).toHaveLength(0);
  });

  test("without the invigilator cookie (a learner, an anonymous visitor, centre staff): refused", async () => {
    const s = await newSession();
    const { candidateId } = await newCandidate(s.id, "waiting");
    for (const call of [
      () => authoriseStart(getDb(), null, candidateId, NOW),
      () => authoriseResume(getDb(), null, candidateId, NOW),
      () => endTest(getDb(), null, candidateId, NOW),
      () => reportIncident(getDb(), null, { candidateId, category: "other", description: "x" }, NOW),
      () => getInvigilation(getDb(), null, NOW),
    ])
      await expect(call()).rejects.toThrow(NotAuthenticated);
    expect((await courseOf(candidateId)).state).toBe("waiting");
  });

  test("a made-up candidate id is not found", async () => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    await expect(authoriseStart(getDb(), invigilator, "pas-un-id", NOW)).rejects.toThrow(NotFound);
    await expect(endTest(getDb(), invigilator, "00000000-0000-4000-8000-000000000000", NOW)).rejects.toThrow(NotFound);
  });
});

describe("incidents", () => {
  test("stored with the category and the question (a question already shown to the candidate)", async () => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    const { candidateId, courseId } = await newCandidate(s.id, "started", { currentIndex: 6 });
    await reportIncident(getDb(), invigilator, { candidateId, category: "question", challengeId: "chal-7", description: "  L'image ne s'affiche pas.  " }, NOW);
    await reportIncident(getDb(), invigilator, { candidateId, category: "late-or-leaving", challengeId: "", description: "Sortie 5 minutes." }, NOW);
    const rows = await getDb().select().from(certificationIncidents).where(eq(certificationIncidents.courseId, courseId!));
    expect(rows.map((r) => ({ category: r.category, challengeId: r.challengeId, description: r.description })).sort((a, b) => a.category.localeCompare(b.category))).toEqual([
      { category: "late-or-leaving", challengeId: null, description: "Sortie 5 minutes." },
      { category: "question", challengeId: "chal-7", description: "L'image ne s'affiche pas." },
    ]);
    const view = await getInvigilation(getDb(), invigilator, NOW, { candidateId });
    expect(view.candidates[0]!.incidents.find((i) => i.category === "question")).toMatchObject({ question: 7 });
    expect(view.candidates[0]!.servedQuestions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test("a question not yet shown, a missing category, an empty or too long description: refused, nothing stored", async () => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    const { candidateId, courseId } = await newCandidate(s.id, "started", { currentIndex: 2 });
    const fail = async (input: Parameters<typeof reportIncident>[2], field: string) => {
      const e = await reportIncident(getDb(), invigilator, input, NOW).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(InvalidInput);
      expect(Object.keys((e as InvalidInput).fieldErrors)).toContain(field);
    };
    await fail({ candidateId, category: "technical", challengeId: "chal-9", description: "Écran noir" }, "challengeId");
    await fail({ candidateId, category: "technical", challengeId: "autre-chose", description: "Écran noir" }, "challengeId");
    await fail({ candidateId, description: "Sans catégorie" }, "category");
    await fail({ candidateId, category: "bizarre", description: "Catégorie inconnue" }, "category");
    await fail({ candidateId, category: "other", description: "   " }, "description");
    await fail({ candidateId, category: "other", description: "x".repeat(2001) }, "description");
    expect(await getDb().select().from(certificationIncidents).where(eq(certificationIncidents.courseId, courseId!))).toHaveLength(0);
    await reportIncident(getDb(), invigilator, { candidateId, category: "other", description: "x".repeat(2000) }, NOW);
  });

  test("a question given with a non-neutralising category is not kept", async () => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    const { candidateId, courseId } = await newCandidate(s.id, "started");
    await reportIncident(getDb(), invigilator, { candidateId, category: "fraud", challengeId: "chal-1", description: "Téléphone" }, NOW);
    const [row] = await getDb().select().from(certificationIncidents).where(eq(certificationIncidents.courseId, courseId!));
    expect(row).toMatchObject({ category: "fraud", challengeId: null });
  });

  test("a candidate who has not joined: no incident yet", async () => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    const { candidateId } = await newCandidate(s.id, null);
    await expect(reportIncident(getDb(), invigilator, { candidateId, category: "late-or-leaving", description: "En retard" }, NOW)).rejects.toThrow(Conflict);
  });
});

describe("getInvigilation", () => {
  test("header and each candidate: status in words, times, questions answered", async () => {
    const s = await newSession();
    const { invigilator } = await invigilate(s);
    const absent = await newCandidate(s.id, null, { extraTimePercent: 33 });
    const started = await newCandidate(s.id, "started", { extraTimePercent: 10 });
    await getDb()
      .insert(certificationAnswers)
      .values([0, 1, 2].map((i) => ({ courseId: started.courseId!, challengeId: `chal-${i + 1}`, position: i, status: "ok" })));
    const late = await newCandidate(s.id, "started");
    await getDb().update(certificationCourses).set({ endsAt: new Date(NOW.getTime() - 1000) }).where(eq(certificationCourses.id, late.courseId!));
    const view = await getInvigilation(getDb(), invigilator, NOW);
    expect(view.session).toMatchObject({ id: s.id, number: s.number, date: "2026-12-05", room: "Salle B", centerName: "Centre de la Médiathèque" });
    const byId = new Map(view.candidates.map((c) => [c.id, c]));
    expect(byId.get(absent.candidateId)).toMatchObject({ status: "absent", minutes: 140, answered: 0, total: 0, courseId: null });
    expect(byId.get(started.candidateId)).toMatchObject({ status: "started", minutes: 116, answered: 3, total: 15 });
    expect(byId.get(late.candidateId)).toMatchObject({ status: "timed-out" });
  });
});
