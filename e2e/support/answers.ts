import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { fieldName, opaqueProposalValues } from "@/lib/assessments/challenge-view";
import { getContentIndex } from "@/lib/content";
import type { Challenge } from "@/lib/content/types";
import { submit } from "./flows";
import { playActions } from "./simulators";

/** What a challenge page shows that identifies the question. */
export type ShownQuestion = { number: number; instruction: string; challengeId: string; assessmentId: string };

export async function readQuestion(page: Page): Promise<ShownQuestion> {
  const h1 = (await page.textContent("h1")) ?? "";
  const m = h1.match(/Question (\d+)/);
  assert.ok(m, `pas de « Question N » sur ${page.url()} : ${h1}`);
  return {
    number: Number(m[1]),
    instruction: ((await page.textContent("#consigne")) ?? "").replace(/\s+/g, " ").trim(),
    challengeId: await page.inputValue('input[name="challengeId"]'),
    assessmentId: await page.inputValue('input[name="assessmentId"]'),
  };
}

export type AnswerMode = "right" | "wrong" | "skip";

/** The status the server must store for an answer given in this mode. */
export function expectedStatus(mode: AnswerMode): "ok" | "ko" | "skipped" {
  return mode === "right" ? "ok" : mode === "wrong" ? "ko" : "skipped";
}

/** Fills the challenge form with the right answer or a wrong one, computed from the content (the test runs server-side). */
export async function fillAnswer(page: Page, c: Challenge, assessmentId: string, right: boolean): Promise<void> {
  const values = opaqueProposalValues(assessmentId, c);
  const s = c.solution;
  switch (s.type) {
    case "QCU": {
      const id = right ? s.proposalId : c.proposals.find((p) => p.id !== s.proposalId)!.id;
      await page.check(`input[name="reponse"][value="${values.get(id)}"]`);
      return;
    }
    case "QCM": {
      const wrong = c.proposals.filter((p) => !s.proposalIds.includes(p.id)).map((p) => p.id);
      const ids = right ? s.proposalIds : wrong.length ? wrong.slice(0, 1) : s.proposalIds.slice(0, -1);
      for (const id of ids) await page.check(`input[name="reponses"][value="${values.get(id)}"]`);
      return;
    }
    case "QROC":
    case "QROCM-ind":
      for (const f of c.fields) await page.fill(`#champ-${fieldName(f.key)}`, right ? s.variants[f.key]![0]! : "zzzz");
      return;
    case "QROCM-dep":
      for (const [i, f] of c.fields.entries()) await page.fill(`#champ-${fieldName(f.key)}`, right ? s.groups[i]![0]! : "zzzz");
      return;
    case "SIMULATOR":
      // the author's path to the goal, or their first plausible mistake, played in the learner's simulator
      await playActions(page, right ? s.walkthrough : s.wrongPaths[0]!);
      return;
  }
}

/** Answers the question shown and waits for the next page. Returns the mode used. */
export async function answerShown(page: Page, mode: AnswerMode): Promise<{ question: ShownQuestion; mode: AnswerMode; challenge: Challenge }> {
  const question = await readQuestion(page);
  const challenge = getContentIndex().challengeById.get(question.challengeId);
  assert.ok(challenge, `épreuve inconnue ${question.challengeId}`);
  const used: AnswerMode = mode;
  if (used === "skip") {
    await submit(page, "Je passe");
  } else {
    await fillAnswer(page, challenge, question.assessmentId, used === "right");
    await submit(page, "Je valide");
  }
  return { question, mode: used, challenge };
}

/** From a level-up screen or a checkpoint, follows the links until a question (or the result) is shown. */
export async function continueToQuestion(page: Page): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const p = new URL(page.url()).pathname;
    if (p.endsWith("/evaluation") || p.endsWith("/resultat")) return;
    const name = p.endsWith("/niveau-gagne") ? "Continuer" : (await page.getByRole("link", { name: "Voir mon résultat" }).count()) ? "Voir mon résultat" : "Continuer le test";
    const href = await page.getByRole("link", { name }).first().getAttribute("href");
    assert.ok(href, `lien « ${name} » absent sur ${page.url()}`);
    await page.goto(new URL(href, page.url()).toString());
  }
  throw new Error(`aucune question atteinte depuis ${page.url()}`);
}
