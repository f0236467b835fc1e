import { Conflict, DomainError } from "@/lib/errors";

/** One message for a wrong session number, access code or identity: it never says which part is wrong. */
export const JOIN_REFUSED_MESSAGE =
  "Les informations saisies ne correspondent à aucun candidat de cette session. Vérifiez le numéro de session, le code d'accès, vos nom, prénom et date de naissance, ou adressez-vous à votre surveillant.";

export class JoinRefused extends DomainError {
  constructor(userMessage = JOIN_REFUSED_MESSAGE) {
    super("certification join refused", userMessage);
  }
}

/** The answer is not for the question served now (a stale tab, a double post of an older page). */
export class NotCurrentQuestion extends Conflict {
  constructor() {
    super("Cette réponse ne correspond pas à la question en cours.");
  }
}

/** The course does not accept answers now (not started, paused, ended). */
export class CourseNotRunning extends Conflict {
  constructor(readonly state: string) {
    super(
      state === "paused"
        ? "Votre test est en pause. Demandez à votre surveillant d'autoriser la reprise."
        : state === "waiting" || state === "authorised"
          ? "Votre test n'a pas commencé."
          : "Votre test est terminé.",
    );
  }
}
