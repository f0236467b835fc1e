export { checkAnswer, matchesAny, DEFAULT_TOLERANCES, MAX_FREE_ANSWER_LENGTH, T3_RATIO } from "./check-answer";
export type { Answer, CheckableChallenge, CheckResult } from "./check-answer";
export { answerStatus, isSuccess, countsForScoring, ANSWER_STATUSES } from "./status";
export type { AnswerStatus, AnswerStatusInput } from "./status";
export { normalizeText, parseNumber, preTreat, applyT1, applyT2 } from "./normalize";
export { boundedLevenshtein } from "./distance";
