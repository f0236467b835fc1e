import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { tutorialProposals } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { Conflict, InvalidInput, NotFound } from "@/lib/errors";

export const reviewProposalSchema = z
  .object({
    proposalId: z.uuid("Cette proposition n'existe pas."),
    decision: z.enum(["accept", "refuse"], "Choisissez d'accepter ou de refuser."),
    reason: z
      .string()
      .trim()
      .max(1000, "La raison ne peut pas dépasser 1 000 caractères.")
      .optional()
      .transform((s) => (s ? s : undefined)),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "refuse" && (!v.reason || v.reason.length < 3)) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Expliquez en quelques mots pourquoi vous refusez ce tutoriel." });
    }
  });

export type ReviewProposalInput = z.input<typeof reviewProposalSchema>;

const STATE_OF = { accept: "accepted", refuse: "rejected" } as const;

/**
 * "Accepter" or "Refuser" (with a reason) a pending proposal, audited. An accepted proposal is
 * shown to learners with the tutorials of its skill. The same decision sent twice changes
 * nothing the second time; the opposite decision on a reviewed proposal is refused (Conflict).
 */
export async function reviewProposal(actor: Actor | null, input: ReviewProposalInput, now = new Date()): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  const parsed = reviewProposalSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "_form")] ??= issue.message;
    throw new InvalidInput(fieldErrors);
  }
  const { proposalId, decision, reason } = parsed.data;
  const state = STATE_OF[decision];
  const db = getDb();
  return db.transaction(async (tx) => {
    const [p] = await tx.select().from(tutorialProposals).where(eq(tutorialProposals.id, proposalId)).for("update");
    if (!p) throw new NotFound("Cette proposition n'existe pas.");
    if (p.state === state) return { changed: false };
    if (p.state !== "pending") throw new Conflict("Cette proposition a déjà été traitée.");
    const reviewComment = decision === "refuse" ? reason! : (reason ?? null);
    await tx.update(tutorialProposals).set({ state, reviewedAt: now, reviewedBy: actor.userId, reviewComment }).where(eq(tutorialProposals.id, p.id));
    await recordAudit(
      tx,
      {
        actorId: actor.userId,
        action: `tutorial-proposal.${decision}`,
        targetType: "tutorial-proposal",
        targetId: p.id,
        before: { state: p.state, reviewedAt: null, reviewedBy: null, reviewComment: p.reviewComment },
        after: { state, reviewedAt: now.toISOString(), reviewedBy: actor.userId, reviewComment },
      },
      now,
    );
    return { changed: true };
  });
}
