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

/** The database server did not answer (stopped, restarting): nothing was changed, try again later. */
export class ServiceUnavailable extends DomainError {
  constructor() {
    super(
      "service unavailable",
      "Service momentanément indisponible : rien n'a été enregistré. Vos réponses déjà envoyées sont gardées. Réessayez dans une minute.",
    );
  }
}

/** Errors of the PostgreSQL connection itself (server down, killed or restarting), through Drizzle's wrapper. */
export function isConnectionError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; cur = (cur as { cause?: unknown }).cause, depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code !== "string") continue;
    if (/^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|CONNECTION_(CLOSED|ENDED|DESTROYED)|CONNECT_TIMEOUT)$/.test(code)) return true;
    // 57P01-03: server shutting down or starting; 08xxx: connection exceptions
    if (/^(57P0[1-3]|08\w{3})$/.test(code)) return true;
  }
  return false;
}

export function httpStatus(e: unknown): number {
  if (e instanceof NotAuthenticated) return 401;
  if (e instanceof NotAllowed) return 403;
  if (e instanceof NotFound) return 404;
  if (e instanceof Conflict) return 409;
  if (e instanceof RateLimited) return 429;
  if (e instanceof InvalidInput) return 400;
  if (e instanceof ServiceUnavailable || isConnectionError(e)) return 503;
  return 500;
}
