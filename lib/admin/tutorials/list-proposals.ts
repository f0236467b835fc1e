import "server-only";
import { asc, desc, eq, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { tutorialProposals, users } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";

/** How many already reviewed proposals the page shows under the pending ones. */
export const REVIEWED_SHOWN = 50;

export type ProposalForReview = {
  id: string;
  title: string;
  url: string | null;
  body: string | null;
  why: string;
  state: "pending" | "accepted" | "rejected";
  createdAt: Date;
  reviewedAt: Date | null;
  reviewComment: string | null;
  /** the proposer's first name, or null when the account was deleted */
  proposerFirstName: string | null;
  skill: { id: string; name: string; level: number; tubeTitle: string } | null;
  competence: { id: string; code: string; name: string } | null;
};

/** Tutorial proposals for staff: every pending one (oldest first), then the latest reviewed. */
export async function listProposals(actor: Actor | null): Promise<{ pending: ProposalForReview[]; reviewed: ProposalForReview[] }> {
  assertAdmin(actor);
  const db = getDb();
  const columns = {
    id: tutorialProposals.id,
    title: tutorialProposals.title,
    url: tutorialProposals.url,
    body: tutorialProposals.body,
    why: tutorialProposals.why,
    state: tutorialProposals.state,
    skillId: tutorialProposals.skillId,
    createdAt: tutorialProposals.createdAt,
    reviewedAt: tutorialProposals.reviewedAt,
    reviewComment: tutorialProposals.reviewComment,
    proposerFirstName: users.firstName,
  };
  const [pending, reviewed] = await Promise.all([
    db.select(columns).from(tutorialProposals).leftJoin(users, eq(users.id, tutorialProposals.userId)).where(eq(tutorialProposals.state, "pending")).orderBy(asc(tutorialProposals.createdAt)),
    db
      .select(columns)
      .from(tutorialProposals)
      .leftJoin(users, eq(users.id, tutorialProposals.userId))
      .where(ne(tutorialProposals.state, "pending"))
      .orderBy(desc(tutorialProposals.reviewedAt))
      .limit(REVIEWED_SHOWN),
  ]);
  const index = getContentIndex();
  const shape = (r: (typeof pending)[number]): ProposalForReview => {
    const skill = index.skillById.get(r.skillId);
    const competence = skill ? index.competenceById.get(skill.competenceId) : undefined;
    return {
      id: r.id,
      title: r.title,
      url: r.url,
      body: r.body,
      why: r.why,
      state: r.state as ProposalForReview["state"],
      createdAt: r.createdAt,
      reviewedAt: r.reviewedAt,
      reviewComment: r.reviewComment,
      proposerFirstName: r.proposerFirstName,
      skill: skill ? { id: skill.id, name: skill.name, level: skill.level, tubeTitle: index.tubeById.get(skill.tubeId)?.title ?? "" } : null,
      competence: competence ? { id: competence.id, code: competence.code, name: competence.name } : null,
    };
  };
  return { pending: pending.map(shape), reviewed: reviewed.map(shape) };
}
