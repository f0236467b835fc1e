/** Shared French wording, so the same thing is always said the same way. */

const dateFormatter = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });
const dateTimeFormatter = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});
const timeFormatter = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });
const numberFormatter = new Intl.NumberFormat("fr-FR");

export function formatDate(d: Date): string {
  return dateFormatter.format(d);
}

export function formatDateTime(d: Date): string {
  return dateTimeFormatter.format(d);
}

export function formatTime(d: Date): string {
  return timeFormatter.format(d);
}

export function formatNumber(n: number): string {
  return numberFormatter.format(n);
}

export const fr = {
  appName: "Pix",
  /** the result of an answer (lib/answers AnswerStatus) */
  answerStatus: {
    ok: "Bonne réponse",
    ko: "Mauvaise réponse",
    skipped: "Question passée",
    timedout: "Temps dépassé",
    focusedOut: "Bonne réponse",
    unplayable: "Question non comptée",
  },
  genericError: "Une erreur est survenue. Réessayez dans un instant.",
  formHasErrors: "Le formulaire contient des erreurs. Corrigez les champs signalés.",
  invalidCharacter: "Ce champ contient un caractère non autorisé (invisible ou abîmé). Retapez-le.",
  required: "Ce champ est obligatoire.",
  emptyAnswer: "Choisissez ou écrivez une réponse, ou bien cliquez sur « Je passe ».",
  invalidCredentials: "L'adresse e-mail ou le mot de passe est incorrect.",
  blockedUntil: (d: Date) =>
    `Trop d'essais de connexion. Votre compte est bloqué jusqu'à ${formatTime(d)} (le ${formatDate(d)}). ` +
    "Vous pourrez réessayer à ce moment-là, ou changer votre mot de passe avec « Mot de passe oublié ».",
  blockedIndefinitely:
    "Trop d'essais de connexion. Votre compte est bloqué. Pour le débloquer, utilisez « Mot de passe oublié » : " +
    "vous recevrez un lien par e-mail pour choisir un nouveau mot de passe.",
  tooManyAttempts: (d: Date) => `Trop d'essais. Réessayez à partir de ${formatTime(d)}.`,
} as const;
