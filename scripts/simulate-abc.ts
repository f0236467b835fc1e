// npm run simulate:abc [-- --per-level 50 --slip 0.05 --guess 0.1 --engine boundary --profile abc-pix-complet]
// Sizes ABC Pix with the engine: simulated learners at each true level 0, 1, 2 and 3 (every tube
// of the profile at that level) take the complete profile; prints, per level, the number of
// questions (mean, min, max) and exits with 1 when a mean leaves 35–70 or a learner passes 80.
import { getReferential } from "../lib/content";
import { ENGINES, type EngineName } from "../lib/engine/types";
import { simulate, type Learner } from "../lib/simulation/simulate";

const MEAN_RANGE = [35, 70] as const;
const MAX_QUESTIONS = 80;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function main(): void {
  const perLevel = Number(arg("per-level", "50"));
  const slip = Number(arg("slip", "0.05"));
  const guess = Number(arg("guess", "0.1"));
  const profile = arg("profile", "abc-pix-complet");
  const engine = arg("engine", "boundary") as EngineName;
  if (!ENGINES.includes(engine)) throw new Error(`--engine must be one of ${ENGINES.join(", ")}`);
  const ref = getReferential();
  if (!ref.targetProfiles.some((t) => t.id === profile)) throw new Error(`target profile "${profile}" not found`);
  console.log(`ABC Pix sizing: profile ${profile}, engine ${engine}, ${perLevel} learners per true level, slip ${slip}, guess ${guess}\n`);
  console.log("true level | learners | mean questions | min | max | mean estimated skills rate | true rate");
  console.log("---|---|---|---|---|---|---");
  let ok = true;
  for (const level of [0, 1, 2, 3]) {
    const learners: Learner[] = Array.from({ length: perLevel }, (_, i) => ({
      id: `L${level}-${i + 1}`,
      target: `profile:${profile}`,
      levels: { "*": level },
      slip,
      guess,
      seed: 1000 * (level + 1) + i,
    }));
    const { learners: results } = simulate(ref, learners, { engine });
    const qs = results.map((r) => r.questions);
    const mean = qs.reduce((a, b) => a + b, 0) / qs.length;
    const min = Math.min(...qs);
    const max = Math.max(...qs);
    const rate = results.reduce((a, r) => a + r.masteryRate, 0) / results.length;
    const trueRate = results.reduce((a, r) => a + r.trueMasteryRate, 0) / results.length;
    console.log(`${level} | ${perLevel} | ${mean.toFixed(1)} | ${min} | ${max} | ${(rate * 100).toFixed(1)} % | ${(trueRate * 100).toFixed(1)} %`);
    if (mean < MEAN_RANGE[0] || mean > MEAN_RANGE[1] || max > MAX_QUESTIONS) ok = false;
  }
  console.log(ok ? `\nOK: every mean within ${MEAN_RANGE.join("–")} questions, nobody above ${MAX_QUESTIONS}.` : `\nOUT OF BOUNDS: a mean leaves ${MEAN_RANGE.join("–")} or a learner passes ${MAX_QUESTIONS}.`);
  if (!ok) process.exitCode = 1;
}

main();
