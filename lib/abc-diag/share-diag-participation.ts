import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { campaignParticipations } from "@/db/schema";
import type { AnswerStatus } from "@/lib/answers";
import { getContentIndex } from "@/lib/content";
import { abcDiagResult } from "./result";

/**
 * A structure's ABC Diag is over (inside the last answer's transaction): there is no sending step,
 * the participation is shared at once with its result frozen: each dimension as a "theme"
 * (right ÷ played questions), its level, and the orientation.
 */
export async function shareDiagParticipation(tx: Tx, participationId: string, answers: { challengeId: string; status: string }[], now: Date): Promise<void> {
  const diag = getContentIndex().referential.abcDiag;
  if (!diag) return;
  const r = abcDiagResult(diag, new Map(answers.map((a) => [a.challengeId, a.status as AnswerStatus])));
  const right = r.dimensions.reduce((n, d) => n + d.right, 0);
  const played = r.dimensions.reduce((n, d) => n + d.played, 0);
  await tx
    .update(campaignParticipations)
    .set({
      status: "shared",
      completedAt: now,
      sharedAt: now,
      validatedSkills: right,
      targetSkills: played,
      masteryBasisPoints: played ? Math.round((right * 10000) / played) : 0,
      snapshot: {
        themes: r.dimensions.map((d) => ({ id: d.id, name: d.name, validated: d.right, total: d.played })),
        competences: [],
        diag: { orientation: r.orientation, levels: Object.fromEntries(r.dimensions.map((d) => [d.id, d.level])) },
      },
    })
    .where(eq(campaignParticipations.id, participationId));
}
