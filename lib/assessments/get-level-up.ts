import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answers } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { competenceByCode, latestAssessment, loadResets } from "./knowledge";

/** The level reached by answer N of the learner's latest test, if that answer raised it. */
export async function getLevelUp(actor: Actor | null, input: { competenceCode: string; position: number }) {
  assertRegistered(actor);
  const competence = competenceByCode(input.competenceCode);
  const db = getDb();
  const resets = await loadResets(db, actor.userId, competence.id);
  const a = await latestAssessment(db, actor.userId, competence.id, resets[competence.id]);
  if (!a) return null;
  const [r] = await db
    .select({ before: answers.levelBefore, after: answers.levelAfter })
    .from(answers)
    .where(and(eq(answers.assessmentId, a.id), eq(answers.position, input.position)));
  if (!r || r.after <= r.before) return null;
  return { competence, from: r.before, to: r.after, completed: a.state === "completed" };
}
