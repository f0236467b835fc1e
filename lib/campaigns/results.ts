// What a participation shows: mastery per theme (and per tube inside it), the stage reached,
// and how far the test has gone. Pure: the caller passes the learner's effective knowledge.
import type { Competence, Skill, TargetProfile, Tube } from "@/lib/content/types";
import type { ParticipationSnapshot } from "@/db/schema/campaigns";
import type { ProfileScore } from "@/lib/scoring";

type Known = ReadonlyMap<string, { status: "validated" | "invalidated" }>;

export type TubeResult = { id: string; title: string; validated: number; known: number; total: number };
export type ThemeResult = { id: string; name: string; validated: number; known: number; total: number; tubes: TubeResult[] };
export type Stage = TargetProfile["stages"][number] & { number: number };

export type CampaignResults = {
  themes: ThemeResult[];
  validated: number;
  /** skills with a knowledge element (validated or not): how far the test has gone */
  known: number;
  total: number;
  /** validated ÷ total, whole percent rounded down (so "100 %" means everything) */
  masteryPercent: number;
  /** validated ÷ total in hundredths of a percent, rounded */
  masteryBasisPoints: number;
  stage: Stage | null;
  stagesCount: number;
};

/**
 * Results of a target profile for one learner. `targetSkills` are the profile's active skills
 * (each tube capped at its level), as the engine's compiled target lists them.
 */
export function campaignResults(
  profile: Pick<TargetProfile, "themes" | "stages">,
  targetSkills: readonly Pick<Skill, "id" | "tubeId">[],
  tubeById: ReadonlyMap<string, Pick<Tube, "title">>,
  known: Known,
): CampaignResults {
  const byTube = new Map<string, TubeResult>();
  for (const s of targetSkills) {
    let t = byTube.get(s.tubeId);
    if (!t) {
      t = { id: s.tubeId, title: tubeById.get(s.tubeId)?.title ?? s.tubeId, validated: 0, known: 0, total: 0 };
      byTube.set(s.tubeId, t);
    }
    t.total++;
    const ke = known.get(s.id);
    if (ke) t.known++;
    if (ke?.status === "validated") t.validated++;
  }
  const themes: ThemeResult[] = profile.themes.map((th) => {
    const tubes = th.tubeIds.map((id) => byTube.get(id)).filter((t): t is TubeResult => !!t);
    return {
      id: th.id,
      name: th.name,
      tubes,
      validated: tubes.reduce((n, t) => n + t.validated, 0),
      known: tubes.reduce((n, t) => n + t.known, 0),
      total: tubes.reduce((n, t) => n + t.total, 0),
    };
  });
  const total = targetSkills.length;
  let validated = 0;
  let knownCount = 0;
  for (const t of byTube.values()) {
    validated += t.validated;
    knownCount += t.known;
  }
  return {
    themes: themes.filter((t) => t.total > 0),
    validated,
    known: knownCount,
    total,
    masteryPercent: total ? Math.floor((validated * 100) / total) : 0,
    masteryBasisPoints: total ? Math.round((validated * 10000) / total) : 0,
    stage: stageReached(profile.stages, validated, total),
    stagesCount: profile.stages.length,
  };
}

/** The highest stage whose threshold the mastery reaches (exactly: validated × 100 ≥ threshold × total). */
export function stageReached(stages: TargetProfile["stages"], validated: number, total: number): Stage | null {
  let found: Stage | null = null;
  stages.forEach((s, i) => {
    if (validated * 100 >= s.threshold * total) found = { ...s, number: i + 1 };
  });
  return found;
}

/** Percent, rounded down, of a part of a whole (0 when the whole is empty). */
export function percent(part: number, whole: number): number {
  return whole ? Math.floor((part * 100) / whole) : 0;
}

/** What a shared participation keeps: themes, and per competence the target skills and the profile's pix and level. */
export function snapshotOf(
  results: CampaignResults,
  targetSkills: readonly Pick<Skill, "id" | "competenceId">[],
  known: Known,
  competences: readonly Pick<Competence, "id">[],
  profile: ProfileScore,
): ParticipationSnapshot {
  const perCompetence = new Map<string, { validated: number; total: number }>();
  for (const s of targetSkills) {
    const c = perCompetence.get(s.competenceId) ?? { validated: 0, total: 0 };
    c.total++;
    if (known.get(s.id)?.status === "validated") c.validated++;
    perCompetence.set(s.competenceId, c);
  }
  return {
    themes: results.themes.map((t) => ({ id: t.id, name: t.name, validated: t.validated, total: t.total })),
    competences: competences
      .filter((c) => perCompetence.has(c.id) || targetSkills.length === 0)
      .map((c) => {
        const counts = perCompetence.get(c.id) ?? { validated: 0, total: 0 };
        const score = profile.competences[c.id];
        return { id: c.id, validated: counts.validated, total: counts.total, pix: score?.pix ?? 0, level: score?.level ?? 0 };
      }),
  };
}
