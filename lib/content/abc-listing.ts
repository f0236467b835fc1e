// "Contenu des tests ABC Pix": a listing in French of what ABC Diag and each ABC Pix target
// profile measure, with example tasks, generated from the referential (published in the
// deployment kit). Pure: the same referential gives the same text.
import type { Referential } from "./types";

const TYPE_WORDS: Record<string, string> = {
  QCU: "question à choix",
  QCM: "question à plusieurs choix",
  QROC: "réponse à écrire",
  "QROCM-ind": "réponses à écrire",
  "QROCM-dep": "réponses à écrire",
  SIMULATOR: "exercice sur un simulateur",
};

const SIMULATOR_WORDS: Record<string, string> = {
  webmail: "messagerie",
  demarche: "démarche en ligne",
  service: "service en ligne",
  fichiers: "explorateur de fichiers",
  recherche: "moteur de recherche",
  gestes: "souris et clavier",
};

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function abcListing(ref: Referential): string {
  const tubeById = new Map(ref.tubes.map((t) => [t.id, t]));
  const competenceById = new Map(ref.competences.map((c) => [c.id, c]));
  const skillsByTube = new Map<string, typeof ref.skills>();
  for (const s of ref.skills) if (s.active) skillsByTube.set(s.tubeId, [...(skillsByTube.get(s.tubeId) ?? []), s]);
  const challengesBySkill = new Map<string, typeof ref.challenges>();
  for (const c of ref.challenges) if (c.active) challengesBySkill.set(c.skillId, [...(challengesBySkill.get(c.skillId) ?? []), c]);
  const kind = (c: (typeof ref.challenges)[number]) =>
    c.solution.type === "SIMULATOR" ? `${TYPE_WORDS.SIMULATOR} (${SIMULATOR_WORDS[c.solution.simulator] ?? c.solution.simulator})` : TYPE_WORDS[c.type];

  const out: string[] = ["# Contenu des tests ABC Pix", ""];
  out.push("Ce document décrit ce que mesurent ABC Diag et les parcours ABC Pix, avec des exemples de tâches.");
  out.push("Il est produit à partir du référentiel par `npm run content:abc-listing`.", "");

  if (ref.abcDiag) {
    const d = ref.abcDiag;
    out.push(`## ${d.name}`, "", oneLine(d.description), "");
    out.push(`${d.questions.length} questions, de ${d.minutes.min} à ${d.minutes.max} minutes, sans compte.`, "");
    for (const dim of d.dimensions) {
      const qs = d.questions.filter((q) => q.dimension === dim.id);
      out.push(`### ${dim.name} (${qs.length} questions)`, "", oneLine(dim.description), "");
      for (const q of qs) out.push(`- ${q.gesture} — ${kind(q.challenge)}`);
      out.push("", `Si cette partie est à travailler : ${oneLine(dim.workOn)}`, "");
    }
  }

  const profiles = ref.targetProfiles.filter((p) => p.family === "abc");
  for (const p of profiles) {
    const tubes = p.tubes.map((t) => ({ tube: tubeById.get(t.tubeId), maxLevel: t.maxLevel })).filter((t) => t.tube);
    const skillCount = tubes.reduce((n, t) => n + (skillsByTube.get(t.tube!.id) ?? []).filter((s) => s.level <= t.maxLevel).length, 0);
    out.push(`## ${p.name}`, "", oneLine(p.description), "");
    out.push(`${tubes.length} sujets, ${skillCount} acquis, niveaux 1 à ${Math.max(...tubes.map((t) => t.maxLevel))}.`, "");
    if (p.id !== "abc-pix-complet") {
      out.push("| sujet | compétence | ce qui est mesuré | exemple de tâche |", "| --- | --- | --- | --- |");
      for (const { tube, maxLevel } of tubes) {
        const skills = (skillsByTube.get(tube!.id) ?? []).filter((s) => s.level <= maxLevel).sort((a, b) => a.level - b.level);
        const examples = skills.flatMap((s) => challengesBySkill.get(s.id) ?? []);
        const example = examples.find((c) => c.type === "SIMULATOR") ?? examples[0];
        const competence = competenceById.get(tube!.competenceId);
        const cell = (text: string) => oneLine(text).replace(/\|/g, "/");
        out.push(`| ${cell(tube!.title)} | ${competence ? `${competence.code} ${cell(competence.name)}` : ""} | ${cell(tube!.description)} | ${example ? `${cell(example.instruction)} (${kind(example)})` : ""} |`);
      }
      out.push("");
    }
    if (p.stages.length) {
      out.push("Paliers :", "");
      for (const s of p.stages) out.push(`- à partir de ${s.threshold} % : **${s.title}** — ${oneLine(s.mediatorMessage ?? s.learnerMessage)}`);
      out.push("");
    }
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
