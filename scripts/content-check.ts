// npm run content:check [-- --strict]
// Loads and validates content/, prints counts per area and competence, the target profiles, and
// warnings where a competence misses the authoring targets. Exits 1 on any error (invalid
// content); with --strict, missed targets are errors too.
import path from "node:path";
import { ContentError, buildContentIndex, formatProblem, loadContent } from "../lib/content";
import { ALL_TYPES, competenceStats, targetMisses, type CompetenceStats } from "../lib/content/stats";

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const TYPE_LABEL: Record<string, string> = { QCU: "QCU", QCM: "QCM", QROC: "QROC", "QROCM-ind": "ind", "QROCM-dep": "dep", SIMULATOR: "sim" };

function row(label: string, s: Omit<CompetenceStats, "competence" | "tubesMissingTutorial">): string[] {
  return [
    label,
    String(s.tubes),
    ...s.skillsPerLevel.map(String),
    String(s.skills),
    ...ALL_TYPES.map((t) => String(s.challengesPerType[t])),
    String(s.challenges),
    String(s.withAttachment),
    String(s.timed),
    String(s.tutorials),
  ];
}

function sum(list: CompetenceStats[]): Omit<CompetenceStats, "competence" | "tubesMissingTutorial"> {
  const total = {
    tubes: 0,
    skillsPerLevel: Array(8).fill(0) as number[],
    skills: 0,
    challenges: 0,
    challengesPerType: Object.fromEntries(ALL_TYPES.map((t) => [t, 0])) as CompetenceStats["challengesPerType"],
    withAttachment: 0,
    timed: 0,
    tutorials: 0,
  };
  for (const s of list) {
    total.tubes += s.tubes;
    s.skillsPerLevel.forEach((n, i) => (total.skillsPerLevel[i] += n));
    total.skills += s.skills;
    total.challenges += s.challenges;
    for (const t of ALL_TYPES) total.challengesPerType[t] += s.challengesPerType[t];
    total.withAttachment += s.withAttachment;
    total.timed += s.timed;
    total.tutorials += s.tutorials;
  }
  return total;
}

function main() {
  const strict = process.argv.includes("--strict");
  const dir = path.join(process.cwd(), "content");
  const started = performance.now();
  let result;
  try {
    result = loadContent(dir);
  } catch (e) {
    if (e instanceof ContentError) {
      console.error(`content:check: ${e.problems.length} error(s) in content/\n`);
      for (const p of e.problems) console.error(`ERROR  ${formatProblem(p)}`);
      process.exit(1);
    }
    throw e;
  }
  const elapsed = performance.now() - started;
  const { referential: ref, warnings } = result;
  const index = buildContentIndex(ref);
  const stats = competenceStats(ref, index);

  console.log(`Référentiel Pix — version ${ref.version} — loaded in ${elapsed.toFixed(0)} ms (${result.files.length} files)\n`);
  const header = ["competence", "tubes", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "skills", ...ALL_TYPES.map((t) => TYPE_LABEL[t]), "chall.", "attach.", "timed", "tutos"];
  for (const area of ref.areas) {
    const list = stats.filter((s) => s.competence.areaCode === area.code);
    console.log(`${area.code}. ${area.name}`);
    console.log(table(header, [...list.map((s) => row(`${s.competence.code} ${s.competence.name.slice(0, 40)}`, s)), row("area total", sum(list))]));
    console.log("");
  }
  const total = sum(stats);
  console.log(
    `TOTAL: ${ref.competences.length} competences, ${total.tubes} tubes, ${total.skills} active skills, ${total.challenges} active challenges ` +
      `(${ref.challenges.length} in all), ${ref.tutorials.length} tutorials, ${total.withAttachment} with attachment, ${total.timed} timed`,
  );
  console.log(`Challenges per type: ${ALL_TYPES.map((t) => `${t} ${total.challengesPerType[t]}`).join(", ")}\n`);

  console.log("Target profiles");
  if (ref.targetProfiles.length === 0) console.log("  (none yet)");
  for (const tp of ref.targetProfiles) {
    const skills = index.targetProfileSkills(tp.id);
    const challenges = skills.reduce((n, s) => n + (index.challengesBySkill.get(s.id)?.filter((c) => c.active).length ?? 0), 0);
    const sims = skills.reduce((n, s) => n + (index.challengesBySkill.get(s.id)?.filter((c) => c.active && c.type === "SIMULATOR").length ?? 0), 0);
    console.log(`  ${tp.id} (${tp.family}) "${tp.name}": ${tp.tubes.length} tubes, ${skills.length} skills, ${challenges} challenges (${sims} on a simulator), ${tp.stages.length} stages`);
  }
  console.log("");

  console.log("ABC Diag");
  if (!ref.abcDiag) console.log("  (content/abc-diag.yaml is missing)");
  else {
    const d = ref.abcDiag;
    console.log(`  ${d.questions.length} questions over ${d.dimensions.length} dimensions, ${d.minutes.min} to ${d.minutes.max} minutes`);
    for (const dim of d.dimensions) {
      const qs = d.questions.filter((q) => q.dimension === dim.id);
      console.log(`  ${dim.id.padEnd(11)} ${String(qs.length).padStart(2)}  ${qs.map((q) => `${q.challenge.id} (${q.challenge.type === "SIMULATOR" && q.challenge.solution.type === "SIMULATOR" ? q.challenge.solution.simulator : q.challenge.type})`).join(", ")}`);
    }
  }
  console.log("");

  const misses = stats.flatMap((s) => targetMisses(s).map((m) => `${s.competence.code} ${m}`));
  // "competence has no tube yet" is reported with the targets below.
  const otherWarnings = warnings.filter((w) => w.message !== "competence has no tube yet");
  for (const w of otherWarnings) console.log(`WARNING  ${formatProblem(w)}`);
  for (const m of misses) console.log(`${strict ? "ERROR  " : "WARNING"}  target: ${m}`);
  console.log(`\n${otherWarnings.length + misses.length} warning(s)${strict ? ` — --strict: ${misses.length} missed target(s) count as errors` : ""}, 0 errors`);
  if (strict && misses.length > 0) process.exitCode = 1;
}

main();
