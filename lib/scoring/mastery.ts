// Mastery rate of a target (profile or competence): validated ÷ targeted skills.
import type { Skill, TargetProfile } from "@/lib/content/types";

/** Active skills of a target profile: each tube capped at its maxLevel. */
export function targetProfileSkillIds(
  profile: Pick<TargetProfile, "tubes">,
  skills: readonly Pick<Skill, "id" | "tubeId" | "level" | "active">[],
): string[] {
  const caps = new Map<string, number>();
  for (const t of profile.tubes) caps.set(t.tubeId, Math.max(caps.get(t.tubeId) ?? 0, t.maxLevel));
  const ids: string[] = [];
  for (const s of skills) {
    const cap = caps.get(s.tubeId);
    if (cap !== undefined && s.active && s.level <= cap) ids.push(s.id);
  }
  return ids;
}

/**
 * validated ÷ targeted. `knowledge` holds the latest state per skill (extra skills outside the
 * target are ignored). An empty target gives 0.
 */
export function masteryRate(
  targetSkillIds: Iterable<string>,
  knowledge: Iterable<{ skillId: string; status: "validated" | "invalidated" }>,
): number {
  const target = targetSkillIds instanceof Set ? (targetSkillIds as Set<string>) : new Set(targetSkillIds);
  if (target.size === 0) return 0;
  const validated = new Set<string>();
  for (const ke of knowledge) if (ke.status === "validated" && target.has(ke.skillId)) validated.add(ke.skillId);
  return validated.size / target.size;
}

export function profileMasteryRate(
  profile: Pick<TargetProfile, "tubes">,
  skills: readonly Pick<Skill, "id" | "tubeId" | "level" | "active">[],
  knowledge: Iterable<{ skillId: string; status: "validated" | "invalidated" }>,
): number {
  return masteryRate(targetProfileSkillIds(profile, skills), knowledge);
}
