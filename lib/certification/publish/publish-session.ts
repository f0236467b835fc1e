// Platform staff publish a finalised session: each validated certification gets its unique
// verification code, and candidates are told by e-mail (after the commit) that the result is in.
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "@/db/client";
import { certificationCandidates, certificationCenters, certificationCourses, certificationSessions, users } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { generateVerificationCode, type RandomBytes } from "@/lib/certification/rules";
import { appUrl } from "@/lib/env";
import { Conflict, NotFound } from "@/lib/errors";
import { longFrenchDate } from "@/lib/certification/sessions/dates";
import { sendMail, type Mail } from "@/lib/mail/send-mail";

const MAX_DRAWS = 10;

function isUniqueViolation(e: unknown): boolean {
  for (let cur: unknown = e; cur && typeof cur === "object"; cur = (cur as { cause?: unknown }).cause) {
    if ((cur as { code?: string }).code === "23505") return true;
  }
  return false;
}

/** Draws codes until one is free; each attempt in a savepoint, so a conflict does not abort the transaction. */
async function giveCode(tx: DbOrTx, courseId: string, random: RandomBytes, now: Date): Promise<string> {
  for (let i = 0; i < MAX_DRAWS; i += 1) {
    const code = generateVerificationCode(random);
    try {
      await tx.transaction(async (sp) => {
        await sp.update(certificationCourses).set({ verificationCode: code, updatedAt: now }).where(eq(certificationCourses.id, courseId));
      });
      return code;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  throw new Error("could not draw a free verification code");
}

export type PublishResult = { alreadyPublished: boolean; codes: number; mails: number };

export async function publishSession(db: Db, actor: Actor | null, sessionId: string, now = new Date(), random: RandomBytes = randomBytes): Promise<PublishResult> {
  assertAdmin(actor);
  if (!z.uuid().safeParse(sessionId).success) throw new NotFound();
  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ session: certificationSessions, centerName: certificationCenters.name })
      .from(certificationSessions)
      .innerJoin(certificationCenters, eq(certificationCenters.id, certificationSessions.centerId))
      .where(eq(certificationSessions.id, sessionId))
      .for("update", { of: certificationSessions });
    if (!row) throw new NotFound();
    if (row.session.status === "published") return { alreadyPublished: true as const, codes: 0, mails: [] as Mail[] };
    if (row.session.status !== "finalised") throw new Conflict("Cette session n'est pas encore finalisée par le centre.");
    const courses = await tx
      .select({ id: certificationCourses.id, status: certificationCourses.status, code: certificationCourses.verificationCode, candidateEmail: certificationCandidates.email, userEmail: users.email, firstName: certificationCandidates.firstName })
      .from(certificationCourses)
      .innerJoin(certificationCandidates, eq(certificationCandidates.id, certificationCourses.candidateId))
      .leftJoin(users, eq(users.id, certificationCourses.userId))
      .where(eq(certificationCourses.sessionId, sessionId))
      .for("update", { of: certificationCourses });
    let codes = 0;
    for (const c of courses) {
      if (c.status === "validated" && !c.code) {
        await giveCode(tx, c.id, random, now);
        codes += 1;
      }
    }
    const updated = await tx
      .update(certificationSessions)
      .set({ status: "published", publishedAt: now, publishedBy: actor.userId })
      .where(and(eq(certificationSessions.id, sessionId), eq(certificationSessions.status, "finalised")))
      .returning({ id: certificationSessions.id });
    if (updated.length === 0) throw new Conflict("Cette session a déjà été publiée.");
    await recordAudit(
      tx,
      { actorId: actor.userId, action: "certification.session.publish", targetType: "certification_session", targetId: sessionId, before: { status: "finalised" }, after: { status: "published", codes } },
      now,
    );
    const link = `${appUrl()}/certifications`;
    const mails: Mail[] = courses.flatMap((c) => {
      const to = (c.candidateEmail ?? "").trim() || (c.userEmail ?? "").trim();
      if (!to) return [];
      return [
        {
          to,
          subject: "Votre résultat de certification Pix est disponible",
          text:
            `Bonjour ${c.firstName},\n\n` +
            `Le résultat de votre certification Pix passée le ${longFrenchDate(row.session.date)} au centre « ${row.centerName} » est disponible.\n\n` +
            `Pour le consulter, connectez-vous à votre compte Pix puis ouvrez « Certifications » :\n${link}\n\n` +
            `L'équipe Pix`,
        },
      ];
    });
    return { alreadyPublished: false as const, codes, mails };
  });
  let sent = 0;
  for (const mail of outcome.mails) {
    try {
      await sendMail(mail);
      sent += 1;
    } catch (e) {
      console.error("[certification] result e-mail not sent", e);
    }
  }
  return { alreadyPublished: outcome.alreadyPublished, codes: outcome.codes, mails: sent };
}

/** Courses of a published session without a code (should be none): for checks. */
export async function validatedWithoutCode(db: DbOrTx, sessionId: string): Promise<number> {
  const rows = await db
    .select({ id: certificationCourses.id })
    .from(certificationCourses)
    .where(and(eq(certificationCourses.sessionId, sessionId), eq(certificationCourses.status, "validated"), isNull(certificationCourses.verificationCode)));
  return rows.length;
}
