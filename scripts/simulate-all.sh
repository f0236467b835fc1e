#!/usr/bin/env bash
# Runs the simulator on every shipped competence that has content, with both engines, without
# and with noise (per-tube levels, --spread 1), and prints one markdown table.
# Usage: npm run simulate:all [-- N]   (N learners per competence and setting, default 1000)
set -euo pipefail
n="${1:-1000}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
codes=$(npx tsx scripts/content-export.ts | node -e '
  let s=""; process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);
  const used=new Set(r.skills.filter(k=>k.active).map(k=>k.competenceId));
  console.log(r.competences.filter(c=>used.has(c.id)).map(c=>c.code).join(" "))})')
echo "| competence | skills | slip/guess | engine | mean questions | exact level | within one | mean abs pix error |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for code in $codes; do
  for noise in "0 0 1" "0.1 0.2 2"; do
    set -- $noise
    npx tsx scripts/simulate.ts --generate "$n" --target "competence:$code" --slip "$1" --guess "$2" --seed "$3" --spread 1 --out "$tmp/learners.json"
    for engine in reference boundary; do
      npx tsx scripts/simulate.ts --learners "$tmp/learners.json" --engine "$engine" --out "$tmp/out.json"
      node -e '
        const o=require(process.argv[1]); const s=o.summary;
        const skills=process.argv[5];
        console.log(`| ${process.argv[2]} | ${skills} | ${process.argv[3]} | ${process.argv[4]} | ${s.meanQuestions.toFixed(2)} | ${s.exactLevelRate.toFixed(3)} | ${s.withinOneLevelRate.toFixed(3)} | ${s.meanAbsPixError.toFixed(2)} |`)
      ' "$tmp/out.json" "$code" "$1/$2" "$engine" "$(npx tsx scripts/content-export.ts | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);const c=r.competences.find(c=>c.code===process.argv[1]);console.log(r.skills.filter(k=>k.active&&k.competenceId===c.id).length)})' "$code")"
    done
  done
done
