/**
 * The measurable rules of plain French (FALC) for the content of absolute beginners: ABC Diag
 * and the ABC Pix tubes (content/README.md, "Le français facile"). One failure per text, with
 * the challenge id and the sentence at fault.
 */
import { getReferential } from "@/lib/content";
import type { Challenge } from "@/lib/content/types";

const MAX_WORDS_PER_SENTENCE = 15;
const MAX_WORDS_PER_INSTRUCTION = 45;
const MAX_WORDS_PER_PROPOSAL = 10;
const MAX_WORDS_PER_EXPLANATION_SENTENCE = 20;
const ACRONYMS = new Set(["CAF", "CPAM", "PDF", "USB", "SMS", "RIB", "CV", "PIN", "PC", "OK", "TV", "QR", "RSA", "APL", "SNCF", "EDF", "WIFI", "JPG", "JPEG", "PNG", "MMS", "IBAN", "ZIP", "ID", "FAQ", "CNI", "HTTPS", "PTT", "SAV", "RER", "TER", "AM", "PM"]);
const FORBIDDEN = [
  { re: /[();]/, why: "pas de parenthèses ni de point-virgule" },
  { re: /\b(etc|cf|ex|svp)\b\.?/i, why: "pas d'abréviation (etc., cf., ex., svp)" },
  { re: /\bn°/i, why: "pas d'abréviation « n° »" },
];

/** Sentences of a text: lines, list items, then ends of sentences. */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(-|\d+\.)\s+/, "").trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.?!…](?:\s*»)?)\s+(?=[«"A-ZÀ-Ý0-9])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Words: tokens that hold a letter or a digit ("l'ordinateur" is one word, "«" none). */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function capitalWords(text: string): string[] {
  return words(text)
    .map((w) => w.replace(/[^\p{L}-]/gu, ""))
    .filter((w) => w.replace(/-/g, "").length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w) && !ACRONYMS.has(w.replace(/-/g, "")));
}

export function falcProblems(c: Pick<Challenge, "instruction" | "proposals" | "explanation" | "type">): string[] {
  const out: string[] = [];
  const all = words(c.instruction).length;
  if (all > MAX_WORDS_PER_INSTRUCTION) out.push(`consigne de ${all} mots (${MAX_WORDS_PER_INSTRUCTION} au plus)`);
  if ((c.instruction.match(/\?/g) ?? []).length > 1) out.push("la consigne pose plus d'une question");
  for (const s of sentences(c.instruction)) {
    const n = words(s).length;
    if (n > MAX_WORDS_PER_SENTENCE) out.push(`phrase de ${n} mots : « ${s} »`);
  }
  for (const [what, text] of [["consigne", c.instruction], ["explication", c.explanation], ...c.proposals.map((p) => ["proposition", p.text])] as const) {
    for (const f of FORBIDDEN) if (f.re.test(text)) out.push(`${what} : ${f.why} : « ${text.trim().slice(0, 80)} »`);
    const caps = capitalWords(text);
    if (caps.length) out.push(`${what} : mot en capitales ${caps.join(", ")}`);
  }
  if (c.type === "QCU" || c.type === "QCM") {
    if (c.proposals.length < 2 || c.proposals.length > 4) out.push(`${c.proposals.length} propositions (2 à 4)`);
    for (const p of c.proposals) {
      const n = words(p.text).length;
      if (n > MAX_WORDS_PER_PROPOSAL) out.push(`proposition de ${n} mots : « ${p.text} »`);
    }
  }
  for (const s of sentences(c.explanation)) {
    const n = words(s).length;
    if (n > MAX_WORDS_PER_EXPLANATION_SENTENCE) out.push(`phrase d'explication de ${n} mots : « ${s} »`);
  }
  return out;
}

describe("the FALC measures", () => {
  test.each([
    ["Cliquez sur le bouton vert.", 1, 5],
    ["Vous recevez un message.\n\nQue faites-vous ?", 2, 6],
    ["- Ouvrez le dossier.\n- Choisissez le fichier.", 2, 6],
    ["Lisez l'adresse : www.caf.fr. Est-ce le bon site ?", 2, 7],
  ])("%j has %d sentence(s) and %d words", (text, n, w) => {
    expect(sentences(text)).toHaveLength(n);
    expect(words(text)).toHaveLength(w);
  });
  test.each([
    [{ instruction: "Cliquez sur le bouton vert.", proposals: [], explanation: "Le bouton vert valide.", type: "QROC" as const }, 0],
    [{ instruction: "Un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize.", proposals: [], explanation: "Bien.", type: "QROC" as const }, 1],
    [{ instruction: "Ouvrez le dossier (Documents).", proposals: [], explanation: "Bien.", type: "QROC" as const }, 1],
    [{ instruction: "Cliquez sur ENVOYER.", proposals: [], explanation: "Bien.", type: "QROC" as const }, 1],
    [{ instruction: "Quelle est la bonne réponse ?", proposals: [{ id: "1", text: "Une seule" }], explanation: "Bien.", type: "QCU" as const }, 1],
    [{ instruction: "Envoyez le PDF à la CAF.", proposals: [], explanation: "Bien.", type: "SIMULATOR" as const }, 0],
  ])("%j → %d problem(s)", (c, n) => expect(falcProblems(c)).toHaveLength(n));
});

const referential = getReferential();
const abcTubes = new Set(referential.tubes.filter((t) => t.name.startsWith("@abc") || t.name === "@sourisClavier").map((t) => t.id));
const skillTube = new Map(referential.skills.map((s) => [s.id, s.tubeId]));
const abcChallenges = [
  ...referential.challenges.filter((c) => abcTubes.has(skillTube.get(c.skillId) ?? "")),
  ...(referential.abcDiag?.questions.map((q) => q.challenge) ?? []),
];

test("there is ABC content to check", () => {
  expect(abcChallenges.length).toBeGreaterThan(100);
});

test.each(abcChallenges.map((c) => [c.id, c] as const))("%s follows the measurable FALC rules", (_id, c) => {
  expect(falcProblems(c)).toEqual([]);
});
