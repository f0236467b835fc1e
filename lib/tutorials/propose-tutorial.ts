import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { tutorialProposals } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { hitRateLimits } from "@/lib/auth/rate-limit";
import { getContentIndex } from "@/lib/content";
import { InvalidInput, NotFound } from "@/lib/errors";

/** At most this many proposals per user per hour, and per day. */
export const PROPOSALS_PER_HOUR = 5;
export const PROPOSALS_PER_DAY = 20;

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((s) => (s ? s : undefined));

/** "Proposer un tutoriel": a title, a link or a text (or both), and why it helps. */
export const proposeTutorialSchema = z
  .object({
    skillId: z.string().trim().min(1, "Choisissez l'acquis concerné.").max(200, "Cet acquis n'existe pas."),
    title: z.string().trim().min(3, "Donnez un titre à votre tutoriel (3 caractères au moins).").max(150, "Le titre ne peut pas dépasser 150 caractères."),
    url: optionalText(2000, "Le lien ne peut pas dépasser 2 000 caractères.").refine((s) => s === undefined || isWebLink(s), "Le lien doit être une adresse web commençant par http:// ou https://."),
    body: optionalText(5000, "Le texte ne peut pas dépasser 5 000 caractères."),
    why: z.string().trim().min(10, "Expliquez en quelques mots (10 caractères au moins) pourquoi ce tutoriel aide.").max(1000, "L'explication ne peut pas dépasser 1 000 caractères."),
  })
  .superRefine((v, ctx) => {
    if (!v.url && !v.body) ctx.addIssue({ code: "custom", path: ["url"], message: "Indiquez un lien ou écrivez le tutoriel." });
  });

export type ProposeTutorialInput = z.input<typeof proposeTutorialSchema>;

function isWebLink(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * Stores a proposal in "pending": staff review it before anything is shown to learners.
 * Registered users only; the skill must exist; rate-limited per user.
 */
export async function proposeTutorial(actor: Actor | null, input: ProposeTutorialInput, now = new Date()): Promise<{ id: string }> {
  assertRegistered(actor);
  const parsed = proposeTutorialSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "_form")] ??= issue.message;
    throw new InvalidInput(fieldErrors);
  }
  const data = parsed.data;
  if (!getContentIndex().skillById.has(data.skillId)) throw new NotFound("Cet acquis n'existe pas.");
  const db = getDb();
  return db.transaction(async (tx) => {
    await hitRateLimits(
      tx,
      [
        { key: `tutorial-proposal:h:${actor.userId}`, max: PROPOSALS_PER_HOUR, windowMs: 60 * 60_000 },
        { key: `tutorial-proposal:d:${actor.userId}`, max: PROPOSALS_PER_DAY, windowMs: 24 * 60 * 60_000 },
      ],
      now,
    );
    const [row] = await tx
      .insert(tutorialProposals)
      .values({ userId: actor.userId, skillId: data.skillId, title: data.title, url: data.url ?? null, body: data.body ?? null, why: data.why, state: "pending", createdAt: now })
      .returning({ id: tutorialProposals.id });
    return { id: row!.id };
  });
}

/** What the proposal page shows about a skill: its competence and tube, in plain words. */
export function proposalSkillContext(skillId: string | undefined) {
  const index = getContentIndex();
  const skill = skillId ? index.skillById.get(skillId) : undefined;
  if (!skill) return null;
  const tube = index.tubeById.get(skill.tubeId);
  const competence = index.competenceById.get(skill.competenceId);
  return { skillId: skill.id, tubeTitle: tube?.title ?? "", competence: competence ? `${competence.code} ${competence.name}` : "" };
}

/** A skill a tutorial is attached to (for the "Proposer un tutoriel" link on a tutorial page). */
export function skillOfTutorial(tutorialId: string): string | undefined {
  for (const skill of getContentIndex().referential.skills) {
    if (skill.successTutorialIds.includes(tutorialId) || skill.learnMoreTutorialIds.includes(tutorialId)) return skill.id;
  }
  return undefined;
}

/** The "Proposer un tutoriel" link for the skill of a challenge or of a tutorial, or null. */
export function proposeTutorialHref(from: { challengeId?: string; tutorialId?: string }, returnTo: string): string | null {
  const skillId = from.challengeId ? getContentIndex().challengeById.get(from.challengeId)?.skillId : from.tutorialId ? skillOfTutorial(from.tutorialId) : undefined;
  if (!skillId) return null;
  return `/tutoriels/proposer?${new URLSearchParams({ acquis: skillId, retour: returnTo }).toString()}`;
}
