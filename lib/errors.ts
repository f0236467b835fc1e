/** Typed domain errors thrown by services; lib/errors-fr maps them to French messages and HTTP statuses. */
export class DomainError extends Error {
  constructor(
    message: string,
    /** French message safe to show to the user */
    readonly userMessage: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotAllowed extends DomainError {
  constructor(userMessage = "Vous n'avez pas accès à cette page ou à cette action.") {
    super("not allowed", userMessage);
  }
}

export class NotAuthenticated extends DomainError {
  constructor() {
    super("not authenticated", "Connectez-vous pour continuer.");
  }
}

export class NotFound extends DomainError {
  constructor(userMessage = "Cette page ou cet élément n'existe pas.") {
    super("not found", userMessage);
  }
}

export class Conflict extends DomainError {
  constructor(
    userMessage: string,
    /** the form field concerned, if any */
    readonly field?: string,
  ) {
    super("conflict", userMessage);
  }
}

export class RateLimited extends DomainError {
  constructor(
    readonly retryAt: Date,
    userMessage = "Trop d'essais. Attendez un peu avant de recommencer.",
  ) {
    super("rate limited", userMessage);
  }
}

export class InvalidInput extends DomainError {
  constructor(
    readonly fieldErrors: Record<string, string>,
    userMessage = "Le formulaire contient des erreurs.",
  ) {
    super("invalid input", userMessage);
  }
}

export function httpStatus(e: unknown): number {
  if (e instanceof NotAuthenticated) return 401;
  if (e instanceof NotAllowed) return 403;
  if (e instanceof NotFound) return 404;
  if (e instanceof Conflict) return 409;
  if (e instanceof RateLimited) return 429;
  if (e instanceof InvalidInput) return 400;
  return 500;
}
