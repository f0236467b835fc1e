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

/** One subject (tube) of an ABC Pix profile, as listed. */
export type AbcListingRow = {
  tube: string;
  /** "2.4 S'insérer dans le monde numérique", or "" when unknown */
  competence: string;
  measures: string;
  example: { instruction: string; kind: string } | null;
};

/** What the listing says, as data: the Markdown text and the kit's web page are both made from it. */
export type AbcListingData = {
  diag: {
    name: string;
    description: string;
    questionCount: number;
    minutes: { min: number; max: number };
    dimensions: { name: string; description: string; questions: { gesture: string; kind: string }[]; workOn: string }[];
  } | null;
  profiles: {
    id: string;
    name: string;
    description: string;
    tubeCount: number;
    skillCount: number;
    maxLevel: number;
    /** null for the complete profile (it gathers the others) */
    rows: AbcListingRow[] | null;
    stages: { threshold: number; title: string; message: string }[];
  }[];
};

export function abcListingData(ref: Referential): AbcListingData {
  const tubeById = new Map(ref.tubes.map((t) => [t.id, t]));
  const competenceById = new Map(ref.competences.map((c) => [c.id, c]));
  const skillsByTube = new Map<string, typeof ref.skills>();
  for (const s of ref.skills) if (s.active) skillsByTube.set(s.tubeId, [...(skillsByTube.get(s.tubeId) ?? []), s]);
  const challengesBySkill = new Map<string, typeof ref.challenges>();
  for (const c of ref.challenges) if (c.active) challengesBySkill.set(c.skillId, [...(challengesBySkill.get(c.skillId) ?? []), c]);
  const kind = (c: (typeof ref.challenges)[number]) =>
    c.solution.type === "SIMULATOR" ? `${TYPE_WORDS.SIMULATOR} (${SIMULATOR_WORDS[c.solution.simulator] ?? c.solution.simulator})` : TYPE_WORDS[c.type];

  const d = ref.abcDiag;
  const diag = d
    ? {
        name: d.name,
        description: oneLine(d.description),
        questionCount: d.questions.length,
        minutes: { min: d.minutes.min, max: d.minutes.max },
        dimensions: d.dimensions.map((dim) => ({
          name: dim.name,
          description: oneLine(dim.description),
          questions: d.questions.filter((q) => q.dimension === dim.id).map((q) => ({ gesture: q.gesture, kind: kind(q.challenge) })),
          workOn: oneLine(dim.workOn),
        })),
      }
    : null;

  const profiles = ref.targetProfiles
    .filter((p) => p.family === "abc")
    .map((p) => {
      const tubes = p.tubes.map((t) => ({ tube: tubeById.get(t.tubeId), maxLevel: t.maxLevel })).filter((t) => t.tube);
      const skillCount = tubes.reduce((n, t) => n + (skillsByTube.get(t.tube!.id) ?? []).filter((s) => s.level <= t.maxLevel).length, 0);
      const rows =
        p.id === "abc-pix-complet"
          ? null
          : tubes.map(({ tube, maxLevel }): AbcListingRow => {
              const skills = (skillsByTube.get(tube!.id) ?? []).filter((s) => s.level <= maxLevel).sort((a, b) => a.level - b.level);
              const examples = skills.flatMap((s) => challengesBySkill.get(s.id) ?? []);
              const example = examples.find((c) => c.type === "SIMULATOR") ?? examples[0];
              const competence = competenceById.get(tube!.competenceId);
              return {
                tube: oneLine(tube!.title),
                competence: competence ? `${competence.code} ${oneLine(competence.name)}` : "",
                measures: oneLine(tube!.description),
                example: example ? { instruction: oneLine(example.instruction), kind: kind(example) } : null,
              };
            });
      return {
        id: p.id,
        name: p.name,
        description: oneLine(p.description),
        tubeCount: tubes.length,
        skillCount,
        maxLevel: Math.max(...tubes.map((t) => t.maxLevel)),
        rows,
        stages: p.stages.map((s) => ({ threshold: s.threshold, title: s.title, message: oneLine(s.mediatorMessage ?? s.learnerMessage) })),
      };
    });
  return { diag, profiles };
}

export function abcListing(ref: Referential): string {
  const data = abcListingData(ref);
  const out: string[] = ["# Contenu des tests ABC Pix", ""];
  out.push("Ce document décrit ce que mesurent ABC Diag et les parcours ABC Pix, avec des exemples de tâches.");
  out.push("Il est produit à partir du référentiel par `npm run content:abc-listing`.", "");

  if (data.diag) {
    const d = data.diag;
    out.push(`## ${d.name}`, "", d.description, "");
    out.push(`${d.questionCount} questions, de ${d.minutes.min} à ${d.minutes.max} minutes, sans compte.`, "");
    for (const dim of d.dimensions) {
      out.push(`### ${dim.name} (${dim.questions.length} questions)`, "", dim.description, "");
      for (const q of dim.questions) out.push(`- ${q.gesture} — ${q.kind}`);
      out.push("", `Si cette partie est à travailler : ${dim.workOn}`, "");
    }
  }

  for (const p of data.profiles) {
    out.push(`## ${p.name}`, "", p.description, "");
    out.push(`${p.tubeCount} sujets, ${p.skillCount} acquis, niveaux 1 à ${p.maxLevel}.`, "");
    if (p.rows) {
      out.push("| sujet | compétence | ce qui est mesuré | exemple de tâche |", "| --- | --- | --- | --- |");
      const cell = (text: string) => text.replace(/\|/g, "/");
      for (const r of p.rows) out.push(`| ${cell(r.tube)} | ${cell(r.competence)} | ${cell(r.measures)} | ${r.example ? `${cell(r.example.instruction)} (${r.example.kind})` : ""} |`);
      out.push("");
    }
    if (p.stages.length) {
      out.push("Paliers :", "");
      for (const s of p.stages) out.push(`- à partir de ${s.threshold} % : **${s.title}** — ${s.message}`);
      out.push("");
    }
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
