import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/db/client";
import { answers, assessments, certificationAnswers, certificationCandidates, certificationCenters, certificationCourses, certificationSessions } from "@/db/schema";
import { loadKnowledge, loadResets, scoredKnowledge, scoringOptions } from "@/lib/assessments/knowledge";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { hitRateLimits } from "@/lib/auth/rate-limit";
import { checkEligibility, codesEqual, composeTest, normalizeAccessCode } from "@/lib/certification/rules";
import { parisToday } from "@/lib/certification/sessions/dates";
import { normaliseBirthDate } from "@/lib/certification/sessions/schemas";
import { getReferential } from "@/lib/content";
import { Conflict } from "@/lib/errors";
import { JoinRefused } from "./errors";
import { normaliseName, type CourseRow } from "./state";

const name = (label: string) =>
  z
    .string({ error: `Saisissez votre ${label}.` })
    .trim()
    .min(1, `Saisissez votre ${label}.`)
    .max(100, `Votre ${label} fait au plus 100 caractères.`);

/** The "Rejoindre une session" form. Shapes only: whether it matches a session is the service's job. */
export const joinSessionSchema = z.object({
  sessionNumber: z
    .string({ error: "Saisissez le numéro de session." })
    .trim()
    .min(1, "Saisissez le numéro de session.")
    .regex(/^\d{1,9}$/, "Le numéro de session est un nombre, par exemple 10001.")
    .transform(Number),
  accessCode: z
    .string({ error: "Saisissez le code d'accès." })
    .trim()
    .min(1, "Saisissez le code d'accès.")
    .max(20, "Le code d'accès comporte 4 lettres et 2 chiffres, par exemple BCDF23.")
    .transform(normalizeAccessCode),
  lastName: name("nom"),
  firstName: name("prénom"),
  birthDate: z
    .string({ error: "Saisissez votre date de naissance." })
    .trim()
    .min(1, "Saisissez votre date de naissance.")
    .transform((v, ctx) => {
      const iso = normaliseBirthDate(v);
      if (!iso) {
        ctx.addIssue({ code: "custom", message: "Saisissez votre date de naissance au format JJ/MM/AAAA, par exemple 14/03/1985." });
        return z.NEVER;
      }
      return iso;
    }),
});
export type JoinSessionInput = z.input<typeof joinSessionSchema>;

/** Guessing codes is blocked; a whole room behind one address is not (limits per candidate and per session). */
// per session: 5 tries for each of 200 candidates; guessing a 4-letter + 2-digit code (4 million) stays hopeless.
// per account: a candidate mistypes a few times, never 20; the per-candidate key holds the address,
// so without it one account could try 1,000 codes by changing names.
export const JOIN_LIMITS = { perCandidate: 10, perAccount: 20, perSession: 1000, windowMs: 10 * 60 * 1000 };

export type JoinOutcome = { courseId: string; state: string; created: boolean };

/** Every challenge the learner ever answered: competence tests, campaigns and earlier certifications. */
export async function answeredChallengeIds(db: DbOrTx, userId: string): Promise<Set<string>> {
  const a = await db.selectDistinct({ id: answers.challengeId }).from(answers).innerJoin(assessments, eq(assessments.id, answers.assessmentId)).where(eq(assessments.userId, userId));
  const c = await db
    .selectDistinct({ id: certificationAnswers.challengeId })
    .from(certificationAnswers)
    .innerJoin(certificationCourses, eq(certificationCourses.id, certificationAnswers.courseId))
    .where(eq(certificationCourses.userId, userId));
  return new Set([...a, ...c].map((r) => r.id));
}

/**
 * A registered learner joins today's session with its number, access code and their identity.
 * Wrong number, code or identity, or a candidate already joined by another account: one generic
 * refusal. A learner who is not eligible is told why and nothing is created. The first join
 * composes the test (state "waiting"); a join while the test runs pauses it (see docs).
 */
export async function joinSession(actor: Actor | null, raw: JoinSessionInput, ctx: { ip: string; now: Date }): Promise<JoinOutcome> {
  assertRegistered(actor);
  const input = joinSessionSchema.parse(raw);
  const { now } = ctx;
  const db = getDb();
  const who = `${normaliseName(input.lastName)}|${normaliseName(input.firstName)}`;
  // outside the transaction: a refused try must still count
  await hitRateLimits(
    db,
    [
      { key: `certif-join:${ctx.ip}:${input.sessionNumber}:${who}`, max: JOIN_LIMITS.perCandidate, windowMs: JOIN_LIMITS.windowMs },
      { key: `certif-join:user:${actor.userId}`, max: JOIN_LIMITS.perAccount, windowMs: JOIN_LIMITS.windowMs },
      { key: `certif-join:${input.sessionNumber}`, max: JOIN_LIMITS.perSession, windowMs: JOIN_LIMITS.windowMs },
    ],
    now,
  );

  // a session of an archived or not (yet) approved centre cannot be joined
  const [row] = await db
    .select({ session: certificationSessions })
    .from(certificationSessions)
    .innerJoin(certificationCenters, eq(certificationCenters.id, certificationSessions.centerId))
    .where(and(eq(certificationSessions.number, input.sessionNumber), isNotNull(certificationCenters.approvedAt), isNull(certificationCenters.archivedAt)));
  const session = row?.session;
  if (!session || !codesEqual(session.accessCode, input.accessCode)) throw new JoinRefused();
  const candidates = await db.select().from(certificationCandidates).where(eq(certificationCandidates.sessionId, session.id));
  const candidate = candidates.find(
    (c) => c.birthDate === input.birthDate && normaliseName(c.lastName) === normaliseName(input.lastName) && normaliseName(c.firstName) === normaliseName(input.firstName),
  );
  if (!candidate || (candidate.userId !== null && candidate.userId !== actor.userId)) throw new JoinRefused();
  // the right code and identity: the session's own state may be said plainly
  if (session.status !== "created") throw new Conflict("Cette session est close : il n'est plus possible de la rejoindre.");
  if (session.date !== parisToday(now)) throw new Conflict("Cette session n'a pas lieu aujourd'hui : vous ne pouvez la rejoindre que le jour prévu.");

  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(certificationCandidates).where(eq(certificationCandidates.id, candidate.id)).for("update");
    if (!locked || (locked.userId !== null && locked.userId !== actor.userId)) throw new JoinRefused();
    const [existing] = await tx.select().from(certificationCourses).where(eq(certificationCourses.candidateId, locked.id)).for("update");
    if (existing) return rejoin(tx, existing, now);

    const [otherCandidacy] = await tx
      .select({ id: certificationCandidates.id })
      .from(certificationCandidates)
      .where(and(eq(certificationCandidates.sessionId, session.id), eq(certificationCandidates.userId, actor.userId)));
    if (otherCandidacy) throw new JoinRefused();

    const referential = getReferential();
    const knowledge = scoredKnowledge(await loadKnowledge(tx, actor.userId), await loadResets(tx, actor.userId));
    const eligibility = checkEligibility(knowledge, referential.competences, scoringOptions());
    if (!eligibility.eligible) throw new Conflict(`Votre profil ne permet pas encore de passer la certification. ${eligibility.reason ?? ""}`.trim());
    const courseId = randomUUID();
    const test = composeTest({
      referential,
      knowledge,
      competences: eligibility.competences,
      answeredChallengeIds: await answeredChallengeIds(tx, actor.userId),
      seed: courseId,
    });
    if (!test.eligible) throw new Conflict(`Votre test de certification ne peut pas être composé. ${test.reason ?? ""}`.trim());

    await tx.update(certificationCandidates).set({ userId: actor.userId }).where(eq(certificationCandidates.id, locked.id));
    await tx.insert(certificationCourses).values({
      id: courseId,
      candidateId: locked.id,
      sessionId: session.id,
      userId: actor.userId,
      state: "waiting",
      questions: test.questions,
      // every competence of the profile, planned 0 included: scoring certifies those at 0
      competences: test.competences,
      createdAt: now,
      updatedAt: now,
    });
    return { courseId, state: "waiting", created: true };
  });
}

/** Joining again: waiting/authorised/paused/finished go on as they are; a running test is paused. */
async function rejoin(tx: DbOrTx, course: CourseRow, now: Date): Promise<JoinOutcome> {
  if (course.state === "started") {
    await tx.update(certificationCourses).set({ state: "paused", updatedAt: now }).where(eq(certificationCourses.id, course.id));
    return { courseId: course.id, state: "paused", created: false };
  }
  return { courseId: course.id, state: course.state, created: false };
}
