// npm run simulate -- --learners FILE.json [--out FILE.json] [--engine reference|boundary] [--synthetic N | --content DIR] [--max-level L]
// npm run simulate -- --generate N --target T --slip S --guess G --seed K [--spread 1] [--out FILE] [--synthetic N]
// Prints only the JSON on stdout (or writes it to --out). Deterministic for the same input.
import { readFileSync, writeFileSync } from "node:fs";
import { getReferential, loadReferentialFrom } from "../lib/content";
import type { Referential } from "../lib/content/types";
import { ENGINES, type EngineName } from "../lib/engine/types";
import { generateLearners, simulate, type Learner } from "../lib/simulation/simulate";
import { syntheticReferential } from "../lib/simulation/synthetic";

type Args = Record<string, string>;

function parseArgs(argv: string[]): Args {
  const args: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) throw new Error(`unexpected argument "${a}"`);
    const eq = a.indexOf("=");
    if (eq > 0) {
      args[a.slice(2, eq)] = a.slice(eq + 1);
    } else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) {
      args[a.slice(2)] = argv[++i];
    } else {
      args[a.slice(2)] = "true";
    }
  }
  return args;
}

function num(args: Args, name: string, fallback?: number): number {
  const raw = args[name];
  if (raw === undefined) {
    if (fallback === undefined) throw new Error(`--${name} is required`);
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`--${name} must be a number, got "${raw}"`);
  return value;
}

async function loadReferential(args: Args): Promise<Referential> {
  if (args.synthetic !== undefined) return syntheticReferential({ skills: num(args, "synthetic") });
  // the shipped referential, through lib/content's loader (--content DIR: another content folder)
  if (args.content !== undefined) return loadReferentialFrom(args.content);
  return getReferential();
}

function output(args: Args, value: unknown): void {
  const text = JSON.stringify(value, null, 2) + "\n";
  if (args.out && args.out !== "true") writeFileSync(args.out, text);
  else process.stdout.write(text);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const maxReachableLevel = num(args, "max-level", Number(process.env.MAX_REACHABLE_LEVEL || 5));
  if (args.generate !== undefined) {
    if (!args.target) throw new Error("--target is required (competence:<code> or profile:<id>)");
    const ref = await loadReferential(args);
    const learners = generateLearners(ref, {
      count: num(args, "generate"),
      target: args.target,
      slip: num(args, "slip", 0),
      guess: num(args, "guess", 0),
      seed: num(args, "seed", 1),
      spread: num(args, "spread", 0),
    });
    output(args, { learners });
    return;
  }
  if (!args.learners) throw new Error("usage: --learners FILE.json | --generate N --target T …");
  const engine = (args.engine ?? undefined) as EngineName | undefined;
  if (engine !== undefined && !ENGINES.includes(engine)) throw new Error(`--engine must be one of ${ENGINES.join(", ")}`);
  const file = JSON.parse(readFileSync(args.learners, "utf8")) as { learners: Learner[] };
  const ref = await loadReferential(args);
  output(args, simulate(ref, file.learners, { engine, maxReachableLevel }));
}

main().catch((error: unknown) => {
  process.stderr.write(`simulate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
