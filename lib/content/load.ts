// Loads the referential from content/ YAML files, validates every file with zod, cross-checks
// the whole (unique ids, references, files, answers), computes pix values, and throws one
// ContentError listing every problem found.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import jsyaml from "js-yaml";
import type { z } from "zod";
import { checkAnswer, type CheckableChallenge } from "../answers/check-answer";
import { simulatorNamed, SIMULATORS } from "../simulators/registry";
import { replay, toActionInput } from "../simulators/replay";
import type { ActionInput } from "../simulators/types";
import { ContentError, type ContentProblem } from "./errors";
import { ParseCache, schemaFingerprint, sha256 } from "./parse-cache";
import { skillPix, toNumber } from "./pix";
import {
  abcDiagFileSchema,
  referentialFileSchema,
  targetProfileFileSchema,
  tubeFileSchema,
  tutorialsFileSchema,
  type ChallengeSource,
  type TargetProfileFile,
} from "./schemas";
import type {
  AbcDiag,
  Area,
  AreaCode,
  Challenge,
  Competence,
  Field,
  Media,
  Referential,
  Skill,
  Solution,
  TargetProfile,
  Tolerance,
  Tube,
  Tutorial,
} from "./types";

export const DEFAULT_TOLERANCES: Tolerance[] = ["T1", "T2", "T3"];

/** Where each loaded item came from, for messages of content:check. */
export type ContentSources = {
  tubeFile: Map<string, string>;
  challengeFile: Map<string, string>;
  tutorialFile: Map<string, string>;
  targetProfileFile: Map<string, string>;
};

export type LoadResult = {
  referential: Referential;
  /** non-fatal remarks (e.g. a competence with no tube yet) */
  warnings: ContentProblem[];
  sources: ContentSources;
  /** the files read, relative to the content folder */
  files: string[];
};

export type LoadOptions = {
  /**
   * Folder of the parsed-YAML cache (see parse-cache.ts); false to parse every file.
   * Default: node_modules/.cache/pix-content/ when node_modules exists.
   */
  cacheDir?: string | false;
};

/** Loads and validates the referential in `dir`; throws a ContentError listing every problem. */
export function loadReferentialFrom(dir: string, options: LoadOptions = {}): Referential {
  return loadContent(dir, options).referential;
}

/** Like loadReferentialFrom, with warnings and where each item comes from. */
export function loadContent(dir: string, options: LoadOptions = {}): LoadResult {
  const cacheDir = options.cacheDir === false ? null : (options.cacheDir ?? ParseCache.defaultDir());
  const cache = ParseCache.open(dir, cacheDir);
  const result = new Loader(path.resolve(dir), cache).load();
  cache.save();
  return result;
}

type ParsedChallenge = { challenge: Challenge; file: string; nearMissesSource: ChallengeSource["nearMisses"] };

class Loader {
  private problems: ContentProblem[] = [];
  private warnings: ContentProblem[] = [];
  private hash = createHash("sha256");
  private files: string[] = [];
  /** tube names read from files that failed validation, so that references to them do not add noise */
  private invalidTubeNames = new Set<string>();
  private sources: ContentSources = { tubeFile: new Map(), challengeFile: new Map(), tutorialFile: new Map(), targetProfileFile: new Map() };

  constructor(
    private readonly dir: string,
    private readonly cache: ParseCache,
  ) {}

  load(): LoadResult {
    if (!isDirectory(this.dir)) throw new ContentError([{ file: this.dir, message: "content folder not found" }]);

    const { areas, competences } = this.loadAreas();
    const competenceByCode = new Map(competences.map((c) => [c.code, c]));
    const { tubes, skills, challenges } = this.loadTubes(competenceByCode);
    const tutorials = this.loadTutorials(competenceByCode);
    const targetProfiles = this.loadTargetProfiles();
    const diag = this.loadAbcDiag();

    // the diagnostic's questions get the same checks as every challenge, but stay out of the engine's list
    this.crossCheck(competences, tubes, skills, [...challenges, ...diag.parsed], tutorials, targetProfiles);
    this.hashBinaryFolder("attachments/files");
    this.hashBinaryFolder("illustrations");

    if (this.problems.length > 0) throw new ContentError(this.problems);

    computePix(skills);
    defaultThemes(targetProfiles, competences, tubes);
    const byId = <T extends { id: string }>(a: T, b: T) => compareIds(a.id, b.id);
    const referential: Referential = {
      version: this.hash.digest("hex").slice(0, 12),
      areas,
      competences,
      tubes: tubes.sort(byId),
      skills: skills.sort(byId),
      challenges: challenges.map((c) => c.challenge).sort(byId),
      tutorials: tutorials.map((t) => t.tutorial).sort(byId),
      targetProfiles: targetProfiles.sort(byId),
      abcDiag: diag.diag,
    };
    return { referential, warnings: this.warnings, sources: this.sources, files: this.files };
  }

  // ---------------------------------------------------------------- reading

  private rel(abs: string): string {
    return path.relative(this.dir, abs).split(path.sep).join("/");
  }

  /** Shown in messages: the path from the working directory, e.g. content/competences/1.1/x.yaml */
  private display(abs: string): string {
    const fromCwd = path.relative(process.cwd(), abs);
    return (fromCwd.startsWith("..") ? abs : fromCwd).split(path.sep).join("/");
  }

  private problem(file: string, id: string | undefined, message: string) {
    this.problems.push({ file, id, message });
  }

  private warn(file: string, id: string | undefined, message: string) {
    this.warnings.push({ file, id, message });
  }

  /** Reads and parses one YAML file against a schema; records problems and returns null when invalid. */
  private readYaml<S extends z.ZodType>(abs: string, schema: S, onInvalid?: (raw: unknown, source: string) => void): z.infer<S> | null {
    const file = this.display(abs);
    let source: string;
    try {
      source = fs.readFileSync(abs, "utf8");
    } catch (e) {
      this.problem(file, undefined, `cannot read the file (${(e as Error).message})`);
      return null;
    }
    const rel = this.rel(abs);
    this.files.push(rel);
    this.hash.update(rel).update("\0").update(source).update("\0");
    const sha = sha256(source);
    const fingerprint = schemaFingerprint(schema);
    const cached = this.cache.get(rel, sha, fingerprint);
    if (cached.hit) return cached.data as z.infer<S>;

    // js-yaml with the YAML 1.2 core schema (no implicit dates; duplicate keys are errors):
    // about five times faster than the `yaml` package on this content.
    let data: unknown;
    try {
      data = jsyaml.load(source, { schema: jsyaml.CORE_SCHEMA, filename: file }) ?? {};
    } catch (e) {
      const err = e as { reason?: string; mark?: { line: number; column: number }; message: string };
      const where = err.mark ? ` (ligne ${err.mark.line + 1}, colonne ${err.mark.column + 1})` : "";
      this.problem(file, undefined, `YAML syntax: ${err.reason ?? err.message.split("\n")[0]}${where}`);
      onInvalid?.(undefined, source);
      return null;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : "";
        this.problem(file, nearestId(data, issue.path), `${where}${issue.message}`);
      }
      onInvalid?.(data, source);
      return null;
    }
    // Through JSON, so that a fresh load and a cached one give exactly the same data.
    const validated = JSON.parse(JSON.stringify(result.data)) as z.infer<S>;
    this.cache.set(rel, sha, fingerprint, validated);
    return validated;
  }

  private yamlFilesIn(relDir: string): string[] {
    const abs = path.join(this.dir, relDir);
    if (!isDirectory(abs)) return [];
    return fs
      .readdirSync(abs, { withFileTypes: true })
      .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
      .map((e) => path.join(abs, e.name))
      .sort();
  }

  private hashBinaryFolder(relDir: string) {
    const abs = path.join(this.dir, relDir);
    if (!isDirectory(abs)) return;
    for (const name of fs.readdirSync(abs).sort()) {
      const file = path.join(abs, name);
      if (!fs.statSync(file).isFile()) continue;
      this.hash.update(`${relDir}/${name}`).update("\0").update(fs.readFileSync(file)).update("\0");
    }
  }

  // ---------------------------------------------------------------- areas and competences

  private loadAreas(): { areas: Area[]; competences: Competence[] } {
    const abs = path.join(this.dir, "referential.yaml");
    const file = this.display(abs);
    if (!fs.existsSync(abs)) {
      this.problem(file, undefined, "missing: the 5 areas and 16 competences are declared here");
      return { areas: [], competences: [] };
    }
    const data = this.readYaml(abs, referentialFileSchema);
    if (!data) return { areas: [], competences: [] };
    const areas: Area[] = [];
    const competences: Competence[] = [];
    const seenAreas = new Set<string>();
    const seenCompetences = new Set<string>();
    for (const a of data.areas) {
      if (!/^[1-5]$/.test(a.code)) this.problem(file, a.code, 'area code must be "1" to "5"');
      if (seenAreas.has(a.code)) this.problem(file, a.code, "duplicate area code");
      seenAreas.add(a.code);
      const areaCode = a.code as AreaCode;
      areas.push({ code: areaCode, name: a.name, color: a.color });
      for (const c of a.competences) {
        if (!new RegExp(`^${a.code}\\.[1-9]$`).test(c.code)) this.problem(file, c.code, `competence code must be "${a.code}.<n>" inside area ${a.code}`);
        if (c.id !== `competence-${c.code}`) this.problem(file, c.id, `competence id must be "competence-${c.code}"`);
        if (seenCompetences.has(c.code)) this.problem(file, c.id, "duplicate competence");
        seenCompetences.add(c.code);
        competences.push({ id: c.id, code: c.code, name: c.name, description: c.description, areaCode });
      }
    }
    areas.sort((x, y) => x.code.localeCompare(y.code));
    competences.sort((x, y) => compareCodes(x.code, y.code));
    return { areas, competences };
  }

  // ---------------------------------------------------------------- tubes, skills, challenges

  private loadTubes(competenceByCode: Map<string, Competence>) {
    const tubes: Tube[] = [];
    const skills: Skill[] = [];
    const challenges: ParsedChallenge[] = [];
    const root = path.join(this.dir, "competences");
    if (!isDirectory(root)) return { tubes, skills, challenges };

    for (const entry of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const abs = path.join(root, entry.name);
      if (!entry.isDirectory()) {
        if (/\.ya?ml$/.test(entry.name)) this.problem(this.display(abs), undefined, "tube files go in competences/<code>/, e.g. competences/1.1/rechercheWeb.yaml");
        continue;
      }
      const competence = competenceByCode.get(entry.name);
      if (!competence) {
        this.problem(this.display(abs), undefined, `"${entry.name}" is not a competence code of referential.yaml`);
        continue;
      }
      for (const fileAbs of this.yamlFilesIn(path.join("competences", entry.name))) {
        this.loadTubeFile(fileAbs, competence, tubes, skills, challenges);
      }
    }
    return { tubes, skills, challenges };
  }

  private loadTubeFile(abs: string, competence: Competence, tubes: Tube[], skills: Skill[], challenges: ParsedChallenge[]) {
    const file = this.display(abs);
    const data = this.readYaml(abs, tubeFileSchema, (raw, source) => {
      const name = (raw as { tube?: { name?: unknown } } | undefined)?.tube?.name ?? /^\s*name:\s*["']?(@[A-Za-z0-9]+)/m.exec(source)?.[1];
      if (typeof name === "string") this.invalidTubeNames.add(name);
    });
    if (!data) return;
    const name = data.tube.name;
    tubes.push({ id: name, name, title: data.tube.title, description: data.tube.description, competenceId: competence.id });
    this.sources.tubeFile.set(name, file);
    const expectedFile = name.slice(1);
    if (path.basename(abs).replace(/\.ya?ml$/, "") !== expectedFile) this.warn(file, name, `file name should be ${expectedFile}.yaml`);
    if (/\d$/.test(name)) this.warn(file, name, "a tube name ending with a digit makes skill ids hard to read (\"@web2\" + level 3 = \"@web23\")");

    const levels = new Set<number>();
    for (const s of data.skills ?? []) {
      const id = `${name}${s.level}`;
      if (levels.has(s.level)) this.problem(file, id, `two skills of level ${s.level} in the same tube`);
      levels.add(s.level);
      const active = s.active ?? true;
      skills.push({
        id,
        name: id,
        tubeId: name,
        competenceId: competence.id,
        level: s.level,
        active,
        pix: { num: 0, den: 1 },
        pixValue: 0,
        successTutorialIds: s.tutorials?.success ?? [],
        learnMoreTutorialIds: s.tutorials?.learnMore ?? [],
      });
      const list = s.challenges ?? [];
      if (list.length === 0) this.problem(file, id, "skill has no challenge (every skill needs at least one)");
      else if (active && !list.some((c) => c.active ?? true)) this.problem(file, id, "active skill has no active challenge");
      for (const c of list) {
        const challenge = this.buildChallenge(file, id, c);
        if (challenge) {
          challenges.push({ challenge, file, nearMissesSource: c.nearMisses });
          this.sources.challengeFile.set(challenge.id, file);
        }
      }
    }
    if ((data.skills ?? []).length === 0) this.warn(file, name, "tube has no skill yet");
  }

  /** Turns the authoring form of a challenge into the shared Challenge type, checking type-specific rules. */
  private buildChallenge(file: string, skillId: string, c: ChallengeSource): Challenge | null {
    const id = c.id;
    const before = this.problems.length;
    const bad = (message: string) => this.problem(file, id, message);
    const proposalsText = c.proposals ?? [];
    const isChoice = c.type === "QCU" || c.type === "QCM";
    const isFree = c.type === "QROC" || c.type === "QROCM-ind" || c.type === "QROCM-dep";
    const tolerances = c.tolerances ?? DEFAULT_TOLERANCES;
    if (new Set(tolerances).size !== tolerances.length) bad("tolerances listed twice");

    // Fields that do not belong to the type.
    if (!isChoice && c.proposals !== undefined) bad(`${c.type} takes no proposals`);
    if (!isChoice && c.answer !== undefined) bad(`${c.type} takes no answer: ${isFree ? "give variants (or groups) on the fields" : "give a goal"}`);
    if (!isFree && c.fields !== undefined) bad(`${c.type} takes no fields`);
    if (c.type !== "QROCM-dep" && c.groups !== undefined) bad("groups are for QROCM-dep only");
    if (c.type !== "SIMULATOR" && [c.simulator, c.scenario, c.goal, c.walkthrough, c.wrongPaths].some((x) => x !== undefined))
      bad("simulator, scenario, goal, walkthrough and wrongPaths are for SIMULATOR only");
    if (!isChoice && c.shuffle !== undefined) bad("shuffle is for QCU and QCM only");
    if (!isFree && c.nearMisses !== undefined && c.nearMisses.length > 0) bad(`${c.type} takes no nearMisses: every wrong proposal is already checked`);

    let solution: Solution | null = null;
    let fields: Field[] = [];
    let nearMisses: Challenge["nearMisses"] = [];

    if (isChoice) {
      if (proposalsText.length < 2) bad(`${c.type} needs at least 2 proposals`);
      const seen = new Set<string>();
      for (const p of proposalsText) {
        if (seen.has(p.trim())) bad(`proposal "${p}" is listed twice`);
        seen.add(p.trim());
      }
      const inRange = (n: number) => n >= 1 && n <= proposalsText.length;
      if (c.type === "QCU") {
        if (typeof c.answer !== "number") bad("QCU answer must be the number of the right proposal, e.g. answer: 2");
        else if (!inRange(c.answer)) bad(`answer ${c.answer} is not a proposal number (1 to ${proposalsText.length})`);
        else solution = { type: "QCU", proposalId: String(c.answer) };
      } else {
        const list = typeof c.answer === "number" ? [c.answer] : c.answer;
        if (!Array.isArray(list) || list.length === 0) bad("QCM answer must be the list of the right proposal numbers, e.g. answer: [1, 3]");
        else if (list.some((n) => !inRange(n))) bad(`answer ${JSON.stringify(list)} has a number that is not a proposal (1 to ${proposalsText.length})`);
        else if (new Set(list).size !== list.length) bad("a proposal number is listed twice in answer");
        else solution = { type: "QCM", proposalIds: [...list].sort((a, b) => a - b).map(String) };
      }
    } else if (isFree) {
      const src = c.fields ?? [];
      if (src.length === 0) bad(`${c.type} needs fields`);
      if (c.type === "QROC" && src.length > 1) bad("QROC has exactly one field (use QROCM-ind or QROCM-dep for several)");
      const keys = new Set<string>();
      for (const f of src) {
        if (keys.has(f.key)) bad(`field "${f.key}" is listed twice`);
        keys.add(f.key);
      }
      fields = src.map((f) => ({ key: f.key, label: f.label, format: f.format ?? "text", ...(f.placeholder !== undefined ? { placeholder: f.placeholder } : {}) }));
      const checkVariants = (where: string, list: string[], format: Field["format"]) => {
        for (const v of list) {
          if (v.trim().length === 0) bad(`${where}: an accepted answer is empty`);
          else if (format === "number" && !isNumberText(v)) bad(`${where}: "${v}" is not a number but the field has format: number`);
        }
      };
      if (c.type === "QROCM-dep") {
        if (src.some((f) => f.variants !== undefined)) bad("QROCM-dep fields take no variants: list the accepted answers in groups");
        const groups = c.groups ?? [];
        if (groups.length < src.length) bad(`QROCM-dep needs at least as many groups (${groups.length}) as fields (${src.length})`);
        const format = fields.every((f) => f.format === "number") ? "number" : "text";
        groups.forEach((g, i) => checkVariants(`group ${i + 1}`, g, format));
        if (groups.length >= src.length && src.length > 0) solution = { type: "QROCM-dep", groups };
      } else {
        const variants: Record<string, string[]> = {};
        for (const f of src) {
          if (!f.variants || f.variants.length === 0) bad(`field "${f.key}" needs variants (the accepted answers)`);
          else checkVariants(`field "${f.key}"`, f.variants, f.format ?? "text");
          variants[f.key] = f.variants ?? [];
        }
        if (src.length > 0) solution = { type: c.type as "QROC" | "QROCM-ind", variants };
      }
      const misses = c.nearMisses ?? [];
      if (misses.length === 0) bad(`${c.type} must list at least one nearMisses answer that the checker must refuse`);
      if (c.type === "QROC") {
        const key = src[0]?.key ?? "";
        nearMisses = misses.map((m) => (typeof m === "string" ? m : (m[key] ?? "")));
        misses.forEach((m) => {
          if (typeof m !== "string" && Object.keys(m).some((k) => k !== key)) bad(`near miss ${JSON.stringify(m)} names a field that does not exist`);
        });
      } else {
        const objects: Record<string, string>[] = [];
        for (const m of misses) {
          if (typeof m === "string") bad(`near miss "${m}": for ${c.type}, write an object { field: answer }`);
          else {
            const unknown = Object.keys(m).filter((k) => !keys.has(k));
            if (unknown.length > 0) bad(`near miss ${JSON.stringify(m)} names unknown field(s) ${unknown.join(", ")}`);
            objects.push(m);
          }
        }
        nearMisses = objects;
      }
    } else {
      solution = simulatorSolution(c, bad);
    }

    if (this.problems.length > before || !solution) return null;

    return {
      id,
      skillId,
      type: c.type,
      instruction: c.instruction,
      proposals: isChoice ? proposalsText.map((text, i) => ({ id: String(i + 1), text })) : [],
      fields,
      solution,
      tolerances,
      nearMisses,
      explanation: c.explanation,
      ...(c.illustration ? { illustration: normalizeMedia(c.illustration) } : {}),
      ...(c.attachment ? { attachment: c.attachment } : {}),
      timer: c.timer ?? null,
      focused: c.focused ?? false,
      shuffle: isChoice ? (c.shuffle ?? true) : false,
      active: c.active ?? true,
    };
  }

  // ---------------------------------------------------------------- tutorials

  private loadTutorials(competenceByCode: Map<string, Competence>) {
    const out: { tutorial: Tutorial; file: string }[] = [];
    for (const abs of this.yamlFilesIn("tutorials")) {
      const file = this.display(abs);
      const code = path.basename(abs).replace(/\.ya?ml$/, "");
      if (!competenceByCode.has(code) && !/^abc-[a-z-]+$/.test(code))
        this.warn(file, undefined, `tutorial files are named after a competence code (e.g. 1.1.yaml) or an ABC theme (abc-<theme>.yaml); "${code}" is neither`);
      const data = this.readYaml(abs, tutorialsFileSchema);
      if (!data) continue;
      for (const t of data.tutorials ?? []) {
        const tutorial: Tutorial = {
          id: t.id,
          title: t.title,
          duration: t.duration,
          body: t.body,
          ...(t.illustration ? { illustration: normalizeMedia(t.illustration) } : {}),
          sources: t.sources ?? [],
        };
        out.push({ tutorial, file });
        if (!this.sources.tutorialFile.has(t.id)) this.sources.tutorialFile.set(t.id, file);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- target profiles

  private loadTargetProfiles(): TargetProfile[] {
    const out: TargetProfile[] = [];
    for (const abs of this.yamlFilesIn("target-profiles")) {
      const file = this.display(abs);
      const data = this.readYaml(abs, targetProfileFileSchema);
      if (!data) continue;
      const base = path.basename(abs).replace(/\.ya?ml$/, "");
      if (data.id !== base) this.problem(file, data.id, `target profile id must match its file name (${base})`);
      const thresholds = (data.stages ?? []).map((s) => s.threshold);
      if (new Set(thresholds).size !== thresholds.length) this.problem(file, data.id, "two stages have the same threshold");
      out.push({
        id: data.id,
        name: data.name,
        description: data.description,
        family: data.family,
        tubes: data.tubes.map((t) => ({ tubeId: t.tube, maxLevel: t.maxLevel })),
        themes: this.declaredThemes(file, data),
        stages: (data.stages ?? [])
          .map((s) => ({ threshold: s.threshold, title: s.title, learnerMessage: s.learnerMessage, ...(s.mediatorMessage ? { mediatorMessage: s.mediatorMessage } : {}) }))
          .sort((a, b) => a.threshold - b.threshold),
      });
      this.sources.targetProfileFile.set(data.id, file);
    }
    return out;
  }

  /** The themes a profile file lists, each with its tubes; [] when it lists none (filled per competence later). */
  private declaredThemes(file: string, data: TargetProfileFile): TargetProfile["themes"] {
    if (!data.themes) {
      for (const t of data.tubes) if (t.theme) this.problem(file, data.id, `tube "${t.tube}" names a theme but the profile lists no themes`);
      return [];
    }
    const themes = data.themes.map((th) => ({ id: th.id, name: th.name, tubeIds: [] as string[] }));
    const byId = new Map(themes.map((th) => [th.id, th]));
    if (byId.size !== themes.length) this.problem(file, data.id, "two themes have the same id");
    for (const t of data.tubes) {
      const theme = t.theme ? byId.get(t.theme) : undefined;
      if (!theme) this.problem(file, data.id, t.theme ? `tube "${t.tube}" names an unknown theme "${t.theme}"` : `tube "${t.tube}" needs a theme (the profile lists themes)`);
      else theme.tubeIds.push(t.tube);
    }
    for (const th of themes) if (th.tubeIds.length === 0) this.problem(file, data.id, `theme "${th.id}" has no tube`);
    return themes;
  }

  // ---------------------------------------------------------------- ABC Diag

  /** Exactly 10 questions over 3 dimensions, each dimension with at least 2; a missing file is allowed (fixtures). */
  private loadAbcDiag(): { diag: AbcDiag | null; parsed: ParsedChallenge[] } {
    const abs = path.join(this.dir, "abc-diag.yaml");
    if (!isFile(abs)) return { diag: null, parsed: [] };
    const file = this.display(abs);
    const data = this.readYaml(abs, abcDiagFileSchema);
    if (!data) return { diag: null, parsed: [] };
    const dims = new Set(data.dimensions.map((d) => d.id));
    if (dims.size !== data.dimensions.length) this.problem(file, undefined, "a dimension id is listed twice");
    if (data.dimensions.length !== 3) this.problem(file, undefined, `ABC Diag has exactly 3 dimensions (found ${data.dimensions.length})`);
    if (data.questions.length !== 10) this.problem(file, undefined, `ABC Diag has exactly 10 questions (found ${data.questions.length})`);
    if (data.minutes.min > data.minutes.max) this.problem(file, undefined, "minutes.min is above minutes.max");
    const parsed: ParsedChallenge[] = [];
    const questions: AbcDiag["questions"] = [];
    for (const q of data.questions) {
      if (!dims.has(q.dimension)) this.problem(file, q.challenge.id, `dimension "${q.dimension}" is not one of ${[...dims].join(", ")}`);
      const challenge = this.buildChallenge(file, "abc-diag", q.challenge);
      if (!challenge) continue;
      parsed.push({ challenge, file, nearMissesSource: q.challenge.nearMisses });
      this.sources.challengeFile.set(challenge.id, file);
      questions.push({ dimension: q.dimension, gesture: q.gesture, challenge });
    }
    for (const d of dims) {
      const n = data.questions.filter((q) => q.dimension === d).length;
      if (n < 2) this.problem(file, undefined, `dimension "${d}" needs at least 2 questions (has ${n})`);
    }
    return {
      diag: { name: data.name, description: data.description, minutes: data.minutes, dimensions: data.dimensions, questions },
      parsed,
    };
  }

  // ---------------------------------------------------------------- cross-checks

  private crossCheck(
    competences: Competence[],
    tubes: Tube[],
    skills: Skill[],
    challenges: ParsedChallenge[],
    tutorials: { tutorial: Tutorial; file: string }[],
    targetProfiles: TargetProfile[],
  ) {
    // Unique ids across files.
    this.unique(tubes.map((t) => ({ id: t.id, file: this.sources.tubeFile.get(t.id) ?? "?" })), "tube name");
    this.unique(
      skills.map((s) => ({ id: s.id, file: this.sources.tubeFile.get(s.tubeId) ?? "?" })),
      "skill id",
    );
    this.unique(challenges.map((c) => ({ id: c.challenge.id, file: c.file })), "challenge id");
    this.unique(tutorials.map((t) => ({ id: t.tutorial.id, file: t.file })), "tutorial id");

    // Tutorial references.
    const tutorialIds = new Set(tutorials.map((t) => t.tutorial.id));
    for (const s of skills) {
      const file = this.sources.tubeFile.get(s.tubeId) ?? "?";
      for (const [kind, ids] of [["success", s.successTutorialIds], ["learnMore", s.learnMoreTutorialIds]] as const) {
        const seen = new Set<string>();
        for (const id of ids) {
          if (!tutorialIds.has(id)) this.problem(file, s.id, `tutorials.${kind}: "${id}" is not a tutorial of content/tutorials/`);
          if (seen.has(id)) this.problem(file, s.id, `tutorials.${kind}: "${id}" is listed twice`);
          seen.add(id);
        }
      }
    }

    // Files: attachments and illustrations.
    for (const { challenge: c, file } of challenges) {
      if (c.attachment) this.checkAttachment(file, c.id, c.attachment);
      if (c.illustration) this.checkMedia(file, c.id, c.illustration);
    }
    for (const { tutorial: t, file } of tutorials) if (t.illustration) this.checkMedia(file, t.id, t.illustration);

    // Answers: the solution passes, wrong answers fail.
    for (const parsed of challenges) this.checkSolution(parsed);

    // Target profiles.
    const tubeIds = new Set(tubes.map((t) => t.id));
    for (const tp of targetProfiles) {
      const file = this.sources.targetProfileFile.get(tp.id) ?? "?";
      const seen = new Set<string>();
      for (const t of tp.tubes) {
        if (!tubeIds.has(t.tubeId) && !this.invalidTubeNames.has(t.tubeId)) this.problem(file, tp.id, `tube "${t.tubeId}" does not exist`);
        if (seen.has(t.tubeId)) this.problem(file, tp.id, `tube "${t.tubeId}" is listed twice`);
        seen.add(t.tubeId);
      }
    }
    this.unique(targetProfiles.map((tp) => ({ id: tp.id, file: this.sources.targetProfileFile.get(tp.id) ?? "?" })), "target profile id");

    for (const c of competences) {
      if (!tubes.some((t) => t.competenceId === c.id)) this.warn(this.display(path.join(this.dir, "competences", c.code)), c.id, "competence has no tube yet");
    }
  }

  private unique(items: { id: string; file: string }[], what: string) {
    const first = new Map<string, string>();
    for (const { id, file } of items) {
      const other = first.get(id);
      if (other !== undefined) this.problem(file, id, `duplicate ${what} (also in ${other})`);
      else first.set(id, file);
    }
  }

  private checkAttachment(file: string, id: string, name: string) {
    if (!isSafeRelative(name) || name.includes("/")) {
      this.problem(file, id, `attachment "${name}" must be a plain file name from content/attachments/files/`);
      return;
    }
    if (!isFile(path.join(this.dir, "attachments", "files", name))) {
      const hasSource = this.yamlFilesIn("attachments/sources").some((src) => {
        try {
          return new RegExp(`^output:\\s*["']?${escapeRegExp(name)}["']?\\s*$`, "m").test(fs.readFileSync(src, "utf8"));
        } catch {
          return false;
        }
      });
      this.problem(
        file,
        id,
        `attachment "${name}" is missing from content/attachments/files/` + (hasSource ? " (a source exists: run npm run content:build-attachments)" : ""),
      );
    }
  }

  private checkMedia(file: string, id: string, media: Media) {
    if (media.alt.trim().length === 0) this.problem(file, id, `illustration "${media.file}" needs an alt text (describe the image)`);
    if (!isSafeRelative(media.file)) this.problem(file, id, `illustration "${media.file}" must be a path inside content/, e.g. illustrations/exemple.svg`);
    else if (!isFile(path.join(this.dir, media.file))) this.problem(file, id, `illustration "${media.file}" does not exist`);
  }

  private checkSolution({ challenge: c, file }: ParsedChallenge) {
    for (const message of selfCheckChallenge(c)) this.problem(file, c.id, message);
  }
}

/**
 * Runs a challenge through its own checker: every accepted answer written by the author must
 * pass; every wrong proposal, the QCM answer with one option more or less, and every near miss
 * must fail. Returns the problems found (empty when all is well).
 */
export function selfCheckChallenge(c: Challenge, check: (challenge: CheckableChallenge, answer: unknown) => "ok" | "ko" = checkAnswer): string[] {
  const problems: string[] = [];
  const bad = (message: string) => problems.push(message);
  const expectOk = (answer: unknown, what: string) => {
    if (check(c, answer) !== "ok") bad(`its own solution is refused by the checker: ${what}`);
  };
  const expectKo = (answer: unknown, what: string) => {
    if (check(c, answer) !== "ko") bad(`a wrong answer is accepted: ${what}`);
  };
  const s = c.solution;
  switch (s.type) {
    case "QCU":
      expectOk({ proposalId: s.proposalId }, `proposal ${s.proposalId}`);
      for (const p of c.proposals) if (p.id !== s.proposalId) expectKo({ proposalId: p.id }, `proposal ${p.id}`);
      break;
    case "QCM": {
      expectOk({ proposalIds: s.proposalIds }, `proposals ${s.proposalIds.join(", ")}`);
      for (const p of c.proposals) {
        if (s.proposalIds.includes(p.id)) expectKo({ proposalIds: s.proposalIds.filter((x) => x !== p.id) }, `the answer without proposal ${p.id}`);
        else expectKo({ proposalIds: [...s.proposalIds, p.id] }, `the answer plus proposal ${p.id}`);
      }
      break;
    }
    case "QROC":
    case "QROCM-ind": {
      const first = Object.fromEntries(Object.entries(s.variants).map(([k, v]) => [k, v[0]]));
      for (const [key, variants] of Object.entries(s.variants)) {
        for (const v of variants) expectOk({ fields: { ...first, [key]: v } }, `"${v}" for field "${key}"`);
      }
      for (const miss of c.nearMisses) {
        const fields = typeof miss === "string" ? { [c.fields[0].key]: miss } : { ...first, ...miss };
        if (check(c, { fields }) !== "ko") bad(`near miss ${JSON.stringify(miss)} is accepted${t3Hint(c)}`);
      }
      break;
    }
    case "QROCM-dep": {
      const first = Object.fromEntries(c.fields.map((f, i) => [f.key, s.groups[i][0]]));
      expectOk({ fields: first }, JSON.stringify(first));
      s.groups.forEach((group, gi) => {
        // Each accepted answer of a group is tried in the first field, the other fields holding other groups.
        const others = s.groups.filter((_, i) => i !== gi).map((g) => g[0]);
        for (const v of group) {
          const fields = Object.fromEntries(c.fields.map((f, i) => [f.key, i === 0 ? v : others[i - 1]]));
          expectOk({ fields }, `"${v}" of group ${gi + 1}`);
        }
      });
      for (const miss of c.nearMisses) {
        const fields = { ...first, ...(typeof miss === "string" ? {} : miss) };
        if (check(c, { fields }) !== "ko") bad(`near miss ${JSON.stringify(miss)} is accepted${t3Hint(c)}`);
      }
      break;
    }
    case "SIMULATOR":
      // checked when the challenge is built: the walkthrough reaches the goal, wrong paths do not
      break;
  }
  return problems;
}

// -------------------------------------------------------------------- helpers

function computePix(skills: Skill[]) {
  const counts = new Map<string, number>();
  for (const s of skills) if (s.active) counts.set(`${s.competenceId}|${s.level}`, (counts.get(`${s.competenceId}|${s.level}`) ?? 0) + 1);
  for (const s of skills) {
    s.pix = s.active ? skillPix(counts.get(`${s.competenceId}|${s.level}`) ?? 0) : { num: 0, den: 1 };
    s.pixValue = toNumber(s.pix);
  }
}

function zodProblems(where: string, error: z.ZodError): string {
  return error.issues.map((i) => `${where}${i.path.length ? "." + i.path.join(".") : ""}: ${i.message}`).join("; ");
}

/**
 * The solution of a SIMULATOR challenge: its scenario and goal parsed by the simulator's own
 * schemas, once the walkthrough is shown to reach the goal from the initial state (which must not
 * reach it already) and every wrong path is shown not to.
 */
function simulatorSolution(c: ChallengeSource, bad: (message: string) => void): Solution | null {
  const known = [...SIMULATORS.keys()].join(", ");
  if (!c.simulator) return bad(`SIMULATOR needs simulator: <name> (one of ${known})`), null;
  const sim = simulatorNamed(c.simulator);
  if (!sim) return bad(`unknown simulator "${c.simulator}" (known: ${known})`), null;
  const scenario = sim.scenarioSchema.safeParse(c.scenario ?? {});
  const goal = sim.goalSchema.safeParse(c.goal ?? {});
  if (!scenario.success) bad(zodProblems("scenario", scenario.error));
  if (!goal.success) bad(zodProblems("goal", goal.error));
  if (!c.walkthrough || c.walkthrough.length === 0) bad("SIMULATOR needs a walkthrough: the actions that reach the goal");
  if (!c.wrongPaths || c.wrongPaths.length === 0) bad("SIMULATOR needs at least one wrongPaths entry: a plausible mistake that must not reach the goal");
  if (!scenario.success || !goal.success || !c.walkthrough?.length || !c.wrongPaths?.length) return null;
  const reached = (state: unknown) => sim.reachesGoal(goal.data, state, scenario.data);
  let problemsFound = 0;
  const fail = (message: string) => {
    problemsFound += 1;
    bad(message);
  };
  if (reached(sim.initialState(scenario.data))) fail("the goal is already reached before any action");
  const walkthrough = c.walkthrough.map(toActionInput);
  const wrongPaths = c.wrongPaths.map((p) => p.map(toActionInput));
  const run = (actions: ActionInput[], what: string, mustReach: boolean) => {
    const r = replay(sim, scenario.data, actions);
    if (!r.ok) fail(`${what}, step ${r.step}: ${r.problem}`);
    else if (reached(r.state) !== mustReach) fail(mustReach ? `${what} does not reach the goal` : `${what} reaches the goal`);
  };
  run(walkthrough, "walkthrough", true);
  wrongPaths.forEach((p, i) => run(p, `wrong path ${i + 1}`, false));
  return problemsFound === 0 ? { type: "SIMULATOR", simulator: sim.name, scenario: scenario.data, goal: goal.data, walkthrough, wrongPaths } : null;
}

function t3Hint(c: Challenge): string {
  return c.tolerances.includes("T3") ? " (T3 forgives typos: set tolerances: [T1, T2] to refuse it, or remove the near miss)" : "";
}

function normalizeMedia(m: { file: string; alt: string }): Media {
  const file = m.file.includes("/") ? m.file : `illustrations/${m.file}`;
  return { file, alt: m.alt };
}

function isNumberText(v: string): boolean {
  return /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(v.replace(/[\s\u00a0\u202f]/g, ""));
}

function isSafeRelative(p: string): boolean {
  return !path.isAbsolute(p) && !p.split(/[\\/]/).includes("..") && !p.startsWith("/");
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function formatPath(p: PropertyKey[]): string {
  return p.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join("");
}

/** The deepest `id` (or tube name) met along the path of a zod issue, to name it in the message. */
function nearestId(data: unknown, p: PropertyKey[]): string | undefined {
  let node: unknown = data;
  let found: string | undefined;
  const pick = (n: unknown) => {
    if (n && typeof n === "object" && !Array.isArray(n)) {
      const rec = n as Record<string, unknown>;
      if (typeof rec.id === "string") found = rec.id;
      else if (typeof rec.name === "string" && rec.name.startsWith("@")) found = rec.name;
    }
  };
  pick(node);
  const tube = (data as Record<string, unknown> | null)?.tube as Record<string, unknown> | undefined;
  if (tube && typeof tube.name === "string") found = tube.name;
  for (const key of p) {
    if (!node || typeof node !== "object") break;
    node = (node as Record<PropertyKey, unknown>)[key as string];
    pick(node);
    if (node && typeof node === "object" && !Array.isArray(node) && typeof (node as Record<string, unknown>).level === "number" && tube && typeof tube.name === "string") {
      found = `${tube.name}${(node as Record<string, unknown>).level}`;
    }
  }
  return found;
}

const collator = new Intl.Collator("en", { numeric: true });

/** Sorts "competence-1.10" after "competence-1.9", "@web10" after "@web9". */
export function compareIds(a: string, b: string): number {
  return collator.compare(a, b);
}

function compareCodes(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Profiles that list no themes get one theme per competence, in the referential's order. */
function defaultThemes(profiles: TargetProfile[], competences: Competence[], tubes: Tube[]): void {
  const competenceOf = new Map(tubes.map((t) => [t.id, t.competenceId]));
  for (const tp of profiles) {
    if (tp.themes.length > 0) continue;
    for (const c of competences) {
      const tubeIds = tp.tubes.map((t) => t.tubeId).filter((id) => competenceOf.get(id) === c.id);
      if (tubeIds.length) tp.themes.push({ id: c.id, name: `${c.code} ${c.name}`, tubeIds });
    }
  }
}
