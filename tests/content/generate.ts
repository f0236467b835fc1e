import fs from "node:fs";
import path from "node:path";

/** Writes a large, valid referential (16 competences × tubes × 6 levels × 4 challenges) into dir. */
export function generateReferential(dir: string, tubesPerCompetence = 8, challengesPerSkill = 4) {
  const codes = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2"];
  fs.copyFileSync(path.join(process.cwd(), "content", "referential.yaml"), path.join(dir, "referential.yaml"));
  for (const sub of ["tutorials", "attachments/files", "illustrations"]) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  fs.writeFileSync(path.join(dir, "attachments/files/data.csv"), "a;b\n1;2\n");
  fs.writeFileSync(path.join(dir, "illustrations/img.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  for (const code of codes) {
    const slug = code.replace(".", "");
    fs.mkdirSync(path.join(dir, "competences", code), { recursive: true });
    const tutorials = [`tutorials:`];
    for (let t = 0; t < tubesPerCompetence; t++) {
      const name = `sujet${slug}x${String.fromCharCode(97 + t)}`;
      tutorials.push(
        `  - id: tuto-${name}-s\n    title: "Réussir ${name}"\n    duration: 3\n    body: |\n      ${"Un texte de tutoriel assez long pour ressembler au vrai. ".repeat(20)}\n\n      1. Une étape.\n    sources:\n      - { title: "Source", url: "https://example.org/${name}" }`,
        `  - id: tuto-${name}-l\n    title: "En savoir plus sur ${name}"\n    duration: 4\n    body: "Un texte."`,
      );
      const lines = [`tube:\n  name: "@${name}"\n  title: "Sujet ${name}"\n  description: "Une phrase qui décrit le sujet."\nskills:`];
      for (let level = 1; level <= 6; level++) {
        lines.push(`  - level: ${level}\n    tutorials:\n      success: [tuto-${name}-s]\n      learnMore: [tuto-${name}-l]\n    challenges:`);
        const id = `ch-${name}${level}`;
        const all = [`      - id: ${id}-a
        type: QCU
        instruction: |
          Une consigne de plusieurs lignes, comme celles des auteurs.
          Que faites-vous ?
        proposals: ["Réponse un", "Réponse deux", "Réponse trois", "Réponse quatre"]
        answer: 2
        explanation: "Parce que."
        illustration: { file: illustrations/img.svg, alt: "Une image." }
      - id: ${id}-b
        type: QCM
        instruction: "Cochez les bonnes réponses."
        proposals: ["Un", "Deux", "Trois", "Quatre", "Cinq"]
        answer: [1, 3, 4]
        explanation: "Parce que."
      - id: ${id}-c
        type: QROC
        instruction: "Écrivez la réponse."
        fields:
          - { key: reponse, label: "Réponse", variants: ["Clermont-Ferrand", "Clermont Ferrand", "Clermont"] }
        nearMisses: ["Montferrand", "Clair"]
        explanation: "Parce que."
        attachment: data.csv
        timer: 90
      - id: ${id}-d
        type: QROCM-dep
        instruction: "Citez deux navigateurs."
        fields:
          - { key: n1, label: "Premier" }
          - { key: n2, label: "Second" }
        groups: [["Firefox"], ["Chrome", "Google Chrome"], ["Edge"]]
        nearMisses: [{ n1: "Firefox", n2: "Firefox" }, { n2: "Safari" }]
        explanation: "Parce que."`];
        lines.push(all.join("").split(/(?=      - id: )/).slice(0, challengesPerSkill).join(""));
      }
      fs.writeFileSync(path.join(dir, "competences", code, `${name}.yaml`), lines.join("\n") + "\n");
    }
    fs.writeFileSync(path.join(dir, "tutorials", `${code}.yaml`), tutorials.join("\n") + "\n");
  }
}
