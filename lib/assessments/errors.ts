import { Conflict } from "@/lib/errors";

/** An answer to anything but the challenge served last: the learner is sent back to it. */
export class NotCurrentChallenge extends Conflict {
  constructor() {
    super("Cette question n'est plus la question en cours. Voici la question à laquelle répondre.");
  }
}

/** The test is over: no more answers. */
export class AssessmentCompleted extends Conflict {
  constructor() {
    super("Ce test est terminé : il n'accepte plus de réponse.");
  }
}
