// The rules chained the way the services use them: eligibility → composition → answers → scoring.
import { answerStatus } from "@/lib/answers/status";
import { checkEligibility, composeTest, neutralisedQuestions, scoreCertification, type CertificationAnswerStatus } from "./index";
import { referential, validated } from "./test-helpers";

const comps = ["competence-1.1", "competence-1.2", "competence-2.1", "competence-3.1", "competence-4.1"];
const ref = referential(Object.fromEntries(comps.map((id, i) => [id, { [`@p${i}`]: [1, 2, 3], [`@q${i}`]: [1, 2, 3] }])));

it("a candidate with 5 competences at level 2, one question wrong and one neutralised", () => {
  const knowledge = comps.flatMap((_, i) => validated(ref, [`@p${i}1`, `@q${i}1`, `@p${i}2`, `@q${i}2`]));
  const eligibility = checkEligibility(knowledge, ref.competences);
  expect(eligibility).toMatchObject({ eligible: true, count: 5 });

  const test = composeTest({ referential: ref, knowledge, competences: eligibility.competences, answeredChallengeIds: [], seed: "cert-7" });
  expect(test.eligible).toBe(true);
  expect(test.questions).toHaveLength(15);

  const answers = new Map<string, CertificationAnswerStatus>(
    test.questions.map((q, i) => [q.challengeId, answerStatus({ correct: i !== 0, inCertification: true })]),
  );
  answers.delete(test.questions[14]!.challengeId); // time ran out before the last question
  const neutralised = neutralisedQuestions({ incidents: [{ category: "technical", challengeId: test.questions[5]!.challengeId }] });
  const score = scoreCertification({ competences: test.competences, questions: test.questions, answers, neutralised });

  // 14 counted, 12 right (first wrong, last unanswered): R = 85 %
  expect(score.reproducibility).toMatchObject({ correct: 12, counted: 14, percent: 85 });
  expect(score.status).toBe("validated");
  expect(score.competences.map((c) => [c.n, c.k, c.outcome, c.level, c.pix])).toEqual([
    [3, 2, "confirmed", 2, 16],
    [2, 2, "confirmed", 2, 16],
    [3, 3, "confirmed", 2, 16],
    [3, 3, "confirmed", 2, 16],
    [3, 2, "confirmed", 2, 16],
  ]);
  expect(score.totalPix).toBe(80);
});
