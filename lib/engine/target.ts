// Per-referential and per-target structures, computed once and memoised (the referential is
// immutable for the life of the process), so that a next-challenge decision is a few array scans.
import type { Challenge, Referential, Skill, TargetProfile } from "@/lib/content/types";

export type ReferentialSlice = Pick<Referential, "skills" | "challenges"> &
  Partial<Pick<Referential, "competences" | "targetProfiles" | "tubes">>;

export type EngineIndex = {
  skillsById: Map<string, Skill>;
  /** active skills of each tube, easiest first */
  tubeSkills: Map<string, Skill[]>;
  challengesById: Map<string, Challenge>;
  /** active challenges of each skill, sorted by id */
  challengesBySkill: Map<string, Challenge[]>;
};

const indexes = new WeakMap<object, EngineIndex>();

export function indexReferential(ref: ReferentialSlice): EngineIndex {
  const cached = indexes.get(ref);
  if (cached) return cached;
  const skillsById = new Map<string, Skill>();
  const tubeSkills = new Map<string, Skill[]>();
  for (const s of ref.skills) {
    skillsById.set(s.id, s);
    if (!s.active) continue;
    const list = tubeSkills.get(s.tubeId);
    if (list) list.push(s);
    else tubeSkills.set(s.tubeId, [s]);
  }
  for (const list of tubeSkills.values()) list.sort((a, b) => a.level - b.level || cmp(a.id, b.id));
  const challengesById = new Map<string, Challenge>();
  const challengesBySkill = new Map<string, Challenge[]>();
  for (const c of ref.challenges) {
    challengesById.set(c.id, c);
    if (!c.active) continue;
    const list = challengesBySkill.get(c.skillId);
    if (list) list.push(c);
    else challengesBySkill.set(c.skillId, [c]);
  }
  for (const list of challengesBySkill.values()) list.sort((a, b) => cmp(a.id, b.id));
  const index = { skillsById, tubeSkills, challengesById, challengesBySkill };
  indexes.set(ref, index);
  return index;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What an assessment targets. */
export type TargetSpec =
  | { kind: "competence"; competenceId: string }
  | { kind: "profile"; profile: { id: string; tubes: readonly TargetProfile["tubes"][number][] } }
  | { kind: "profile"; profileId: string }
  | { kind: "skills"; skillIds: readonly string[] };

/**
 * "competence:1.1" (code) or "competence:competence-1.1" (id), "profile:<target profile id>".
 */
export function parseTarget(text: string, ref: ReferentialSlice): TargetSpec {
  const [kind, ...rest] = text.split(":");
  const value = rest.join(":");
  if (kind === "competence") {
    const c = ref.competences?.find((x) => x.code === value || x.id === value);
    return { kind: "competence", competenceId: c ? c.id : value };
  }
  if (kind === "profile") return { kind: "profile", profileId: value };
  throw new Error(`unknown target "${text}" (expected competence:<code> or profile:<id>)`);
}

export type ChallengeRef = { id: string; timed: boolean };

export type TubeInfo = {
  id: string;
  /** target skill indexes, easiest first */
  skills: number[];
  /** hardest target level of the tube */
  maxLevel: number;
};

export type CompiledTarget = {
  key: string;
  index: EngineIndex;
  /** target skills (active), by tube then level */
  skills: Skill[];
  skillIndex: Map<string, number>;
  level: Int8Array;
  tubeOf: Int32Array;
  competenceOf: Int32Array;
  /** skill pix as a float (only for stop rules and gains; scoring sums fractions) */
  pixValue: Float64Array;
  tubes: TubeInfo[];
  competenceIds: string[];
  /** active challenges of each target skill */
  challenges: ChallengeRef[][];
  /** true when the target is one whole competence (scoring in pix makes sense) */
  isCompetence: boolean;
};

const targets = new WeakMap<object, Map<string, CompiledTarget>>();

function targetKey(spec: TargetSpec): string {
  switch (spec.kind) {
    case "competence":
      return "c:" + spec.competenceId;
    case "profile":
      return "profileId" in spec
        ? "p:" + spec.profileId
        : "P:" + spec.profile.id + ":" + spec.profile.tubes.map((t) => `${t.tubeId}=${t.maxLevel}`).join(",");
    case "skills":
      return "s:" + spec.skillIds.join(",");
  }
}

export function compileTarget(ref: ReferentialSlice, spec: TargetSpec): CompiledTarget {
  const key = targetKey(spec);
  let perRef = targets.get(ref);
  if (!perRef) {
    perRef = new Map();
    targets.set(ref, perRef);
  }
  const cached = perRef.get(key);
  if (cached) return cached;
  const index = indexReferential(ref);

  // caps per tube (Infinity = the whole tube)
  const caps = new Map<string, number>();
  let wanted: Set<string> | null = null;
  if (spec.kind === "competence") {
    for (const s of ref.skills) if (s.competenceId === spec.competenceId) caps.set(s.tubeId, Infinity);
    if (caps.size === 0) throw new Error(`unknown competence ${spec.competenceId}`);
  } else if (spec.kind === "profile") {
    const profile =
      "profile" in spec ? spec.profile : ref.targetProfiles?.find((p) => p.id === spec.profileId);
    if (!profile) throw new Error(`unknown target profile ${"profileId" in spec ? spec.profileId : ""}`);
    for (const t of profile.tubes) caps.set(t.tubeId, Math.max(caps.get(t.tubeId) ?? 0, t.maxLevel));
  } else {
    wanted = new Set(spec.skillIds);
    for (const id of wanted) {
      const s = index.skillsById.get(id);
      if (s) caps.set(s.tubeId, Infinity);
    }
  }

  const tubeIds = [...caps.keys()].sort(cmp);
  const skills: Skill[] = [];
  const tubes: TubeInfo[] = [];
  const competenceIds: string[] = [];
  const competenceIdx = new Map<string, number>();
  const tubeOfList: number[] = [];
  const compOfList: number[] = [];
  for (const tubeId of tubeIds) {
    const cap = caps.get(tubeId)!;
    const list = (index.tubeSkills.get(tubeId) ?? []).filter(
      (s) => s.level <= cap && (wanted === null || wanted.has(s.id)),
    );
    if (list.length === 0) continue;
    const info: TubeInfo = { id: tubeId, skills: [], maxLevel: 0 };
    for (const s of list) {
      let ci = competenceIdx.get(s.competenceId);
      if (ci === undefined) {
        ci = competenceIds.length;
        competenceIds.push(s.competenceId);
        competenceIdx.set(s.competenceId, ci);
      }
      info.skills.push(skills.length);
      info.maxLevel = Math.max(info.maxLevel, s.level);
      tubeOfList.push(tubes.length);
      compOfList.push(ci);
      skills.push(s);
    }
    tubes.push(info);
  }
  const compiled: CompiledTarget = {
    key,
    index,
    skills,
    skillIndex: new Map(skills.map((s, i) => [s.id, i])),
    level: Int8Array.from(skills.map((s) => s.level)),
    tubeOf: Int32Array.from(tubeOfList),
    competenceOf: Int32Array.from(compOfList),
    pixValue: Float64Array.from(skills.map((s) => s.pix.num / s.pix.den)),
    tubes,
    competenceIds,
    challenges: skills.map((s) =>
      (index.challengesBySkill.get(s.id) ?? []).map((c) => ({ id: c.id, timed: c.timer !== null && c.timer > 0 })),
    ),
    isCompetence: spec.kind === "competence",
  };
  perRef.set(key, compiled);
  return compiled;
}
