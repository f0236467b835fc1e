// Eligibility for certification (DESIGN.md section 7): level 1 or more on at least 5
// competences, read from the learner's scored profile. Pure.
import type { Competence } from "@/lib/content/types";
import { effectiveKnowledge, type KnowledgeElement } from "@/lib/engine";
import { scoreProfile, type Fraction, type ScoringOptions } from "@/lib/scoring";

/** Competences at level ≥ 1 needed to be certified. */
export const MIN_CERTIFIABLE_COMPETENCES = 5;
/** The level a competence must reach to be certifiable. */
export const MIN_CERTIFIABLE_LEVEL = 1;

/** A competence at level ≥ 1 in the learner's profile, as scored by lib/scoring. */
export type CertifiableCompetence = {
  competenceId: string;
  /** level shown in the profile (capped at MAX_REACHABLE_LEVEL) */
  level: number;
  /** pix shown in the profile: an integer, capped at MAX_REACHABLE_LEVEL × 8 */
  pix: number;
  /** exact pix, above the cap included (kept for audit; never shown) */
  exactPix: Fraction;
};

export type Eligibility = {
  eligible: boolean;
  /** the certifiable competences, in the referential's order */
  competences: CertifiableCompetence[];
  /** competences.length */
  count: number;
  /** MIN_CERTIFIABLE_COMPETENCES */
  required: number;
  /** plain French for the learner when not eligible; null when eligible */
  reason: string | null;
};

/** "Il faut un niveau 1 ou plus dans au moins 5 compétences. Vous en avez 3." */
export function notEligibleReason(count: number): string {
  const have = count === 0 ? "Vous n'en avez aucune." : `Vous en avez ${count}.`;
  return `Il faut un niveau ${MIN_CERTIFIABLE_LEVEL} ou plus dans au moins ${MIN_CERTIFIABLE_COMPETENCES} compétences. ${have}`;
}

/**
 * Whether a learner may be certified, and on which competences.
 *
 * `knowledge`: the learner's knowledge elements, ideally already made effective (resets applied:
 * `effectiveKnowledge(elements, { resetAt })`); only the latest element of each skill counts,
 * so passing the whole history is safe. `competences`: the referential's competences, in its order.
 */
export function checkEligibility(
  knowledge: Iterable<KnowledgeElement> | ReadonlyMap<string, KnowledgeElement>,
  competences: readonly Pick<Competence, "id">[],
  options?: ScoringOptions,
): Eligibility {
  const latest = effectiveKnowledge(knowledge);
  const profile = scoreProfile(latest.values(), competences, options);
  const certifiable: CertifiableCompetence[] = [];
  for (const c of competences) {
    const score = profile.competences[c.id];
    if (score && score.level >= MIN_CERTIFIABLE_LEVEL) {
      certifiable.push({ competenceId: c.id, level: score.level, pix: score.pix, exactPix: score.exactPix });
    }
  }
  const eligible = certifiable.length >= MIN_CERTIFIABLE_COMPETENCES;
  return {
    eligible,
    competences: certifiable,
    count: certifiable.length,
    required: MIN_CERTIFIABLE_COMPETENCES,
    reason: eligible ? null : notEligibleReason(certifiable.length),
  };
}
