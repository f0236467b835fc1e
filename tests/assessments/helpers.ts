import { signUpSchema } from "@/lib/accounts/schemas";
import { signUp } from "@/lib/accounts/sign-up";
import type { AnswerInput } from "@/lib/assessments/answer-challenge";
import { fieldName, opaqueProposalValues } from "@/lib/assessments/challenge-view";
import type { Actor } from "@/lib/auth/actor";
import type { Challenge } from "@/lib/content/types";
import type { SimulatorContextKind } from "@/lib/simulators/address";
import { actInSimulator } from "@/lib/simulators/runs/act-in-simulator";
import { findRun } from "@/lib/simulators/runs/state";
import { getDb, uniqueEmail } from "../support/db";

export async function newLearner(firstName = "Léa"): Promise<Actor> {
  const email = uniqueEmail(firstName.toLowerCase().normalize("NFD").replace(/[^a-z]/g, ""));
  const { userId, sessionId } = await signUp(signUpSchema.parse({ firstName, lastName: "Martin", email, password: "Velo-Rouge-42", terms: "on" }), new Date());
  return { userId, sessionId, role: "user", firstName, lastName: "Martin", email, isAnonymous: false };
}

/**
 * The form a learner who knows the answer would send (right = true) or a wrong one. For a
 * simulator task, the learner first plays the author's walkthrough (or first wrong path) in it.
 */
export async function formFor(actor: Actor, challenge: Challenge, assessmentId: string, right: boolean, kind: SimulatorContextKind = "evaluation"): Promise<AnswerInput> {
  const values = opaqueProposalValues(assessmentId, challenge);
  const s = challenge.solution;
  const base = { assessmentId, challengeId: challenge.id };
  switch (s.type) {
    case "QCU": {
      const id = right ? s.proposalId : challenge.proposals.find((p) => p.id !== s.proposalId)!.id;
      return { ...base, choice: values.get(id) };
    }
    case "QCM": {
      if (right) return { ...base, choices: s.proposalIds.map((id) => values.get(id)!) };
      const wrong = challenge.proposals.filter((p) => !s.proposalIds.includes(p.id)).map((p) => values.get(p.id)!);
      return { ...base, choices: wrong.length ? wrong.slice(0, 1) : [] };
    }
    case "QROC":
    case "QROCM-ind":
      return { ...base, fields: Object.fromEntries(challenge.fields.map((f) => [fieldName(f.key), right ? s.variants[f.key]![0]! : "zzzz réponse fausse"])) };
    case "QROCM-dep":
      return { ...base, fields: Object.fromEntries(challenge.fields.map((f, i) => [fieldName(f.key), right ? s.groups[i]![0]! : "zzzz réponse fausse"])) };
    case "SIMULATOR": {
      const address = { kind, contextId: assessmentId, challengeId: challenge.id };
      for (const action of right ? s.walkthrough : s.wrongPaths[0]!) {
        const count = (await findRun(getDb(), address))?.actionCount ?? 0;
        await actInSimulator(actor, address, { seq: action.op === "download" ? null : count, action });
      }
      return base;
    }
  }
}
