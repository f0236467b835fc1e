import { answerStatus, countsForScoring, isSuccess, type AnswerStatusInput, type AnswerStatus } from "./status";

describe("answerStatus", () => {
  test.each<[string, AnswerStatusInput, AnswerStatus]>([
    ["right answer", { correct: true }, "ok"],
    ["wrong answer", { correct: false }, "ko"],
    ["skipped, even if the checker would say right", { correct: true, skipped: true }, "skipped"],
    ["late right answer", { correct: true, late: true }, "timedout"],
    ["late wrong answer", { correct: false, late: true }, "timedout"],
    ["focused out in certification, right", { correct: true, focusedOut: true, inCertification: true }, "focusedOut"],
    ["focused out in certification, wrong", { correct: false, focusedOut: true, inCertification: true }, "focusedOut"],
    ["focused out elsewhere, right → ok", { correct: true, focusedOut: true, inCertification: false }, "ok"],
    ["focused out elsewhere, wrong → ko", { correct: false, focusedOut: true }, "ko"],
    ["unplayable wins over everything", { correct: true, unplayable: true, skipped: true, late: true }, "unplayable"],
    ["skipped wins over late", { correct: false, skipped: true, late: true }, "skipped"],
    ["late wins over focused out", { correct: true, late: true, focusedOut: true, inCertification: true }, "timedout"],
    ["right in certification, focused in", { correct: true, inCertification: true }, "ok"],
  ])("%s", (_name, input, expected) => {
    expect(answerStatus(input)).toBe(expected);
  });

  test("only ok is a success; only unplayable is left out of scoring", () => {
    expect((["ok", "ko", "skipped", "timedout", "focusedOut", "unplayable"] as AnswerStatus[]).filter(isSuccess)).toEqual(["ok"]);
    expect((["ok", "ko", "skipped", "timedout", "focusedOut", "unplayable"] as AnswerStatus[]).filter((s) => !countsForScoring(s))).toEqual(["unplayable"]);
  });
});
