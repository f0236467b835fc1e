// npm run bench:engine — time of one next-challenge decision on a 700-skill synthetic profile
// (mid-test, with knowledge), and of the scoring of a full 16-competence profile. Median and p99.
// `--json <file>` also writes the figures there (milliseconds), for `npm run bench`.
import fs from "node:fs";
import {
  compileTarget,
  effectiveKnowledge,
  knowledgeElementsForAnswer,
  pickNextChallenge,
  ENGINES,
  type EngineAnswer,
  type KnowledgeElement,
} from "../lib/engine";
import { scoreProfile } from "../lib/scoring";
import { mulberry32 } from "../lib/simulation/prng";
import { syntheticReferential } from "../lib/simulation/synthetic";

function stats(samples: number[]): { median: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p99: at(0.99) };
}

function time(fn: () => void, runs: number): { median: number; p99: number } {
  for (let i = 0; i < 200; i++) fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

const ms = (x: number) => `${x.toFixed(3)} ms`;

/** `--json <file>` or `--json=<file>`: where to write the figures as JSON (the console output stays). */
function jsonFile(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i]!.startsWith("--json=")) return argv[i]!.slice("--json=".length);
    if (argv[i] === "--json" && argv[i + 1] && !argv[i + 1]!.startsWith("--")) return argv[i + 1];
  }
  return undefined;
}

function main(): void {
  const out = jsonFile(process.argv.slice(2));
  const ref = syntheticReferential({ skills: 700, tubes: 170, competences: 16 });
  const target = compileTarget(ref, { kind: "profile", profileId: "synthetic-all" });
  console.log(`referential: ${target.skills.length} skills, ${target.tubes.length} tubes, ${ref.challenges.length} challenges`);

  // mid-test state: a learner around level 3 has answered 60 questions
  const rng = mulberry32(42);
  const knowledge = new Map<string, KnowledgeElement>();
  const answers: EngineAnswer[] = [];
  for (let q = 0; q < 60; q++) {
    const next = pickNextChallenge({ referential: ref, target, knowledgeElements: knowledge, answers, assessmentId: "bench", engine: "reference" });
    if (next.done) break;
    const level = target.level[target.skillIndex.get(next.skillId)!];
    const status = rng() < (level <= 3 ? 0.9 : 0.2) ? "ok" : "ko";
    for (const ke of knowledgeElementsForAnswer(ref, knowledge, { challengeId: next.challengeId, status, assessmentId: "bench", now: q })) knowledge.set(ke.skillId, ke);
    answers.push({ challengeId: next.challengeId, status });
  }
  console.log(`mid-test state: ${answers.length} answers, ${knowledge.size} knowledge elements`);
  const list = [...knowledge.values()];
  const nextChallenge: { engine: string; latestMap: { median: number; p99: number }; rawList: { median: number; p99: number } }[] = [];
  for (const engine of ENGINES) {
    const fromMap = time(() => {
      pickNextChallenge({ referential: ref, target, knowledgeElements: knowledge, answers, assessmentId: "bench", engine });
    }, 5000);
    const fromList = time(() => {
      pickNextChallenge({ referential: ref, target, knowledgeElements: list, answers, assessmentId: "bench", engine });
    }, 5000);
    console.log(`next challenge (${engine}, latest knowledge map): median ${ms(fromMap.median)}, p99 ${ms(fromMap.p99)}`);
    console.log(`next challenge (${engine}, raw knowledge list): median ${ms(fromList.median)}, p99 ${ms(fromList.p99)}`);
    nextChallenge.push({ engine, latestMap: fromMap, rawList: fromList });
  }

  // full profile: every skill of the 16 competences known (half validated), as stored rows
  const full: KnowledgeElement[] = ref.skills.map((s, i) => ({
    skillId: s.id,
    tubeId: s.tubeId,
    competenceId: s.competenceId,
    status: i % 2 === 0 ? "validated" : "invalidated",
    source: "direct",
    earnedPix: i % 2 === 0 ? s.pix : { num: 0, den: 1 },
    createdAt: i,
    assessmentId: "bench",
    challengeId: "x",
  }));
  const scoring = time(() => {
    scoreProfile(effectiveKnowledge(full).values(), ref.competences);
  }, 5000);
  console.log(`full profile scoring (${full.length} knowledge elements, 16 competences): median ${ms(scoring.median)}, p99 ${ms(scoring.p99)}`);
  if (out) {
    const report = {
      referential: { skills: target.skills.length, tubes: target.tubes.length, challenges: ref.challenges.length },
      midTest: { answers: answers.length, knowledgeElements: knowledge.size },
      runs: 5000,
      nextChallenge,
      scoring: { knowledgeElements: full.length, competences: 16, ...scoring },
    };
    fs.writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
  }
}

main();
