import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { getContentIndex } from "@/lib/content";
import { fillAnswer } from "./answers";
import { expectNoAxeViolation, submit } from "./flows";
import { playActions } from "./simulators";

/** Answers ABC Diag's 10 questions from the page shown: right, except the positions listed (skipped). */
export async function answerTen(page: Page, skip: number[] = []): Promise<void> {
  for (let n = 1; n <= 10; n++) {
    assert.equal(new URL(page.url()).pathname, "/abc-diag/question");
    assert.match((await page.textContent("h1")) ?? "", new RegExp(`Question ${n} sur 10`));
    assert.match(await page.title(), new RegExp(`Question ${n} sur 10 – ABC Diag – Pix`));
    if (n === 1) await expectNoAxeViolation(page);
    const challengeId = await page.inputValue('input[name="challengeId"]');
    const runId = await page.inputValue('input[name="runId"]');
    const c = getContentIndex().abcDiagChallengeById.get(challengeId)!;
    if (skip.includes(n)) {
      await submit(page, "Je passe");
      continue;
    }
    if (c.solution.type === "SIMULATOR") await playActions(page, c.solution.walkthrough);
    else await fillAnswer(page, c, runId, true);
    await submit(page, "Je valide");
  }
}
