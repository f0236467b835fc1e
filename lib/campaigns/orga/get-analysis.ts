import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { rowsOf } from "@/lib/auth/rate-limit";
import { getContentIndex } from "@/lib/content";
import { getOrgCampaign, type OrgCampaign } from "./get-org-campaign";

/** Mastery under this share of a theme is what "à travailler en atelier" counts. */
export const BELOW = 0.5;
/** Themes named in "Les thèmes à travailler en atelier". */
export const THEMES_TO_WORK = 3;
/** A tube needs this many answers before its failure rate is shown (fewer says nothing). */
export const MIN_TUBE_ANSWERS = 3;
/** Tubes listed in "Les sujets les plus échoués". */
export const FAILED_TUBES = 5;

export type ThemeAnalysis = {
  id: string;
  name: string;
  /** shared participants measured on this theme (total > 0) */
  measured: number;
  /** mean of validated ÷ total over them, 0..1; null when nobody was measured */
  mean: number | null;
  /** how many are below 50 % */
  belowHalf: number;
  /** how many are "faible" (< 40 %), "moyen" (40–70 %), "bien" (≥ 70 %): the levels of the groups */
  levels: { faible: number; moyen: number; bien: number };
};

export type FailedTube = { tubeId: string; title: string; themeName: string | null; answered: number; failed: number; failedShare: number };

export type CampaignAnalysis = {
  campaign: OrgCampaign;
  /** shared participations (the current try of each person) */
  shared: number;
  /** mean overall mastery 0..1 (validated ÷ target), null when nobody shared */
  mean: number | null;
  /** 10 bins of overall mastery: [0–10 %), [10–20 %)… [90–100 %] */
  bins: number[];
  themes: ThemeAnalysis[];
  /** measured themes with the lowest mean, lowest first (at most 3) */
  toWork: ThemeAnalysis[];
  /** assessment campaigns whose target profile has stages: participants per stage (0 = no stage reached) */
  stages: { number: number; title: string; mediatorMessage: string | null; count: number }[] | null;
  /** assessment campaigns: the tubes whose questions were failed most often */
  failedTubes: FailedTube[] | null;
  /** ABC Diag: participants per level of each dimension, and per orientation */
  diag: {
    dimensions: { id: string; name: string; counts: Record<DiagLevel, number> }[];
    orientations: Record<DiagOrientation, number>;
  } | null;
};

export const DIAG_LEVELS = ["acquis", "en-cours", "a-travailler", "non-mesure"] as const;
export type DiagLevel = (typeof DIAG_LEVELS)[number];
export const DIAG_ORIENTATIONS = ["autonome", "abc-pix", "accompagnement"] as const;
export type DiagOrientation = (typeof DIAG_ORIENTATIONS)[number];

/** The shared, current participations of one campaign (the index campaign_participations_campaign_idx serves it). */
const sharedOf = (campaignId: string) => sql`p.campaign_id = ${campaignId} and p.is_improved = false and p.status = 'shared'`;

/**
 * Analyse tab of one campaign, over its shared participations only (the structure reads nothing
 * else). Every figure is aggregated in SQL: a handful of grouped queries whatever the number of
 * participations (10,000 shared participations read in well under a second).
 *
 * Per tube: the snapshot frozen at sharing only has themes, and the learners' knowledge moves on
 * after sharing (reading it would show what they know today, not what they shared). So we do not
 * compute a per-tube mastery. What is honest and cheap is what the campaign test itself recorded:
 * the answers of the campaign assessments of shared participations, counted per challenge in SQL
 * (a few hundred rows at most), then mapped challenge → skill → tube with the content index.
 * That gives "les sujets les plus échoués": the share of answers that were not right, per tube.
 */
export async function getAnalysis(db: DbOrTx, actor: Actor | null, organisationId: string, campaignId: string): Promise<CampaignAnalysis> {
  const campaign = await getOrgCampaign(db, actor, organisationId, campaignId);
  const where = sharedOf(campaign.id);

  const [overall] = rowsOf<{ shared: number; mean: number | null }>(
    await db.execute(sql`
      select count(*)::int as shared,
             avg(p.mastery_basis_points)::float8 / 10000 as mean
      from campaign_participations p where ${where}`),
  );
  const binRows = rowsOf<{ bin: number; n: number }>(
    await db.execute(sql`
      select least(p.mastery_basis_points / 1000, 9)::int as bin, count(*)::int as n
      from campaign_participations p where ${where} and p.mastery_basis_points is not null
      group by 1`),
  );
  const bins = Array.from({ length: 10 }, () => 0);
  for (const r of binRows) bins[Math.max(0, Math.min(9, Number(r.bin)))]! += Number(r.n);

  // per theme of the snapshot; integer comparisons (validated × 10 < total × 4) avoid float edges
  const themeRows = rowsOf<{ id: string; measured: number; mean: number; below: number; faible: number; moyen: number; bien: number }>(
    await db.execute(sql`
      select t->>'id' as id,
             count(*)::int as measured,
             avg((t->>'validated')::float8 / (t->>'total')::float8)::float8 as mean,
             count(*) filter (where (t->>'validated')::int * 2 < (t->>'total')::int)::int as below,
             count(*) filter (where (t->>'validated')::int * 10 < (t->>'total')::int * 4)::int as faible,
             count(*) filter (where (t->>'validated')::int * 10 >= (t->>'total')::int * 4
                                and (t->>'validated')::int * 10 < (t->>'total')::int * 7)::int as moyen,
             count(*) filter (where (t->>'validated')::int * 10 >= (t->>'total')::int * 7)::int as bien
      from campaign_participations p
      cross join lateral jsonb_array_elements(coalesce(p.snapshot->'themes', '[]'::jsonb)) t
      where ${where} and (t->>'total')::int > 0
      group by 1`),
  );
  const byTheme = new Map(themeRows.map((r) => [r.id, r]));
  const themes: ThemeAnalysis[] = campaign.themes.map((t) => {
    const r = byTheme.get(t.id);
    return {
      id: t.id,
      name: t.name,
      measured: r ? Number(r.measured) : 0,
      mean: r ? Number(r.mean) : null,
      belowHalf: r ? Number(r.below) : 0,
      levels: { faible: r ? Number(r.faible) : 0, moyen: r ? Number(r.moyen) : 0, bien: r ? Number(r.bien) : 0 },
    };
  });
  const toWork = themes
    .filter((t) => t.mean !== null)
    .sort((a, b) => a.mean! - b.mean! || b.belowHalf - a.belowHalf || campaign.themes.findIndex((x) => x.id === a.id) - campaign.themes.findIndex((x) => x.id === b.id))
    .slice(0, THEMES_TO_WORK);

  const index = getContentIndex();
  let stages: CampaignAnalysis["stages"] = null;
  let failedTubes: FailedTube[] | null = null;
  let diag: CampaignAnalysis["diag"] = null;

  if (campaign.type === "assessment") {
    const profile = campaign.targetProfileId ? index.targetProfileById.get(campaign.targetProfileId) : undefined;
    if (profile && profile.stages.length > 0) {
      const stageRows = rowsOf<{ stage: number | null; n: number }>(
        await db.execute(sql`select p.stage_reached as stage, count(*)::int as n from campaign_participations p where ${where} group by 1`),
      );
      const count = (n: number) => stageRows.filter((r) => Number(r.stage ?? 0) === n).reduce((s, r) => s + Number(r.n), 0);
      stages = [
        { number: 0, title: "Aucun palier atteint", mediatorMessage: null, count: count(0) },
        ...profile.stages.map((s, i) => ({ number: i + 1, title: s.title, mediatorMessage: s.mediatorMessage ?? null, count: count(i + 1) })),
      ];
    }
    // one row per challenge answered in the campaign's tests of shared participations
    // (answers_assessment_challenge_unique and assessments_participation_unique serve the joins)
    const answerRows = rowsOf<{ challenge_id: string; answered: number; failed: number }>(
      await db.execute(sql`
        select a.challenge_id,
               count(*) filter (where a.status <> 'unplayable')::int as answered,
               count(*) filter (where a.status not in ('ok', 'unplayable'))::int as failed
        from campaign_participations p
        join assessments s on s.campaign_participation_id = p.id
        join answers a on a.assessment_id = s.id
        where ${where}
        group by 1`),
    );
    const themeOfTube = new Map<string, string>();
    for (const th of profile?.themes ?? []) for (const tubeId of th.tubeIds) themeOfTube.set(tubeId, th.name);
    const perTube = new Map<string, { answered: number; failed: number }>();
    for (const r of answerRows) {
      const challenge = index.challengeById.get(r.challenge_id);
      const skill = challenge && index.skillById.get(challenge.skillId);
      if (!skill) continue;
      const t = perTube.get(skill.tubeId) ?? { answered: 0, failed: 0 };
      t.answered += Number(r.answered);
      t.failed += Number(r.failed);
      perTube.set(skill.tubeId, t);
    }
    failedTubes = [...perTube.entries()]
      .filter(([, t]) => t.answered >= MIN_TUBE_ANSWERS && t.failed > 0)
      .map(([tubeId, t]) => ({
        tubeId,
        title: index.tubeById.get(tubeId)?.title ?? tubeId,
        themeName: themeOfTube.get(tubeId) ?? null,
        answered: t.answered,
        failed: t.failed,
        failedShare: t.failed / t.answered,
      }))
      .sort((a, b) => b.failedShare - a.failedShare || b.answered - a.answered || a.title.localeCompare(b.title, "fr"))
      .slice(0, FAILED_TUBES);
  }

  if (campaign.type === "abc-diag") {
    const levelRows = rowsOf<{ dimension: string; level: string; n: number }>(
      await db.execute(sql`
        select l.key as dimension, l.value as level, count(*)::int as n
        from campaign_participations p
        cross join lateral jsonb_each_text(coalesce(p.snapshot->'diag'->'levels', '{}'::jsonb)) l
        where ${where}
        group by 1, 2`),
    );
    const orientationRows = rowsOf<{ orientation: string | null; n: number }>(
      await db.execute(sql`
        select p.snapshot->'diag'->>'orientation' as orientation, count(*)::int as n
        from campaign_participations p where ${where} group by 1`),
    );
    const zeroLevels = (): Record<DiagLevel, number> => ({ acquis: 0, "en-cours": 0, "a-travailler": 0, "non-mesure": 0 });
    const orientations: Record<DiagOrientation, number> = { autonome: 0, "abc-pix": 0, accompagnement: 0 };
    for (const r of orientationRows) if (r.orientation && r.orientation in orientations) orientations[r.orientation as DiagOrientation] += Number(r.n);
    diag = {
      dimensions: campaign.themes.map((d) => {
        const counts = zeroLevels();
        for (const r of levelRows) if (r.dimension === d.id && r.level in counts) counts[r.level as DiagLevel] += Number(r.n);
        return { id: d.id, name: d.name, counts };
      }),
      orientations,
    };
  }

  return {
    campaign,
    shared: Number(overall?.shared ?? 0),
    mean: overall?.mean === null || overall?.mean === undefined ? null : Number(overall.mean),
    bins,
    themes,
    toWork,
    stages,
    failedTubes,
    diag,
  };
}
