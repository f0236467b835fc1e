import "server-only";
import type { DbOrTx } from "@/db/client";
import { answerStatus, checkAnswer, type Answer, type AnswerStatus } from "@/lib/answers";
import type { Actor } from "@/lib/auth/actor";
import type { Challenge } from "@/lib/content/types";
import type { SimulatorContextKind } from "@/lib/simulators/address";
import { resolveSimulatorContext } from "@/lib/simulators/runs/context";
import { simulatorAnswer } from "@/lib/simulators/runs/state";
import { fieldName, proposalIdFromValue } from "./challenge-view";

/** What a challenge form sends besides its ids: "Je passe", the choices and the free answers. */
export type AnswerFields = { skip: boolean; choice?: string; choices: string[]; fields: Record<string, string> };

/** The answer of a form-based challenge; opaque choice values are read for this context (not SIMULATOR). */
function buildAnswer(challenge: Challenge, contextId: string, input: AnswerFields): Answer {
  switch (challenge.type) {
    case "QCU":
      return { proposalId: input.choice ? (proposalIdFromValue(contextId, challenge, input.choice) ?? "") : "" };
    case "QCM":
      return { proposalIds: input.choices.map((v) => proposalIdFromValue(contextId, challenge, v) ?? "?") };
    default:
      return { fields: Object.fromEntries(challenge.fields.map((f) => [f.key, input.fields[fieldName(f.key)] ?? ""])) };
  }
}

/**
 * The value to store and the status of an answer, the same in every context (a learner's
 * evaluation, a staff preview, ABC Diag): a simulator's answer is the state the server kept for
 * this context, never what the form sends; a gesture exercise whose script never ran is
 * "unplayable". Call it inside the transaction that locks the context.
 */
export async function gradeAnswer(
  tx: DbOrTx,
  actor: Actor,
  context: { kind: SimulatorContextKind; contextId: string },
  challenge: Challenge,
  input: AnswerFields,
  opts: { late?: boolean } = {},
): Promise<{ value: Answer | null; status: AnswerStatus }> {
  let value: Answer | null = null;
  let unplayable = false;
  if (challenge.type === "SIMULATOR") {
    const ctx = await resolveSimulatorContext(tx, actor, { ...context, challengeId: challenge.id });
    ({ value, unplayable } = await simulatorAnswer(tx, ctx));
  } else if (!input.skip) value = buildAnswer(challenge, context.contextId, input);
  const correct = !input.skip && value !== null && checkAnswer(challenge, value) === "ok";
  return { value, status: answerStatus({ correct, skipped: input.skip, late: opts.late, unplayable }) };
}
