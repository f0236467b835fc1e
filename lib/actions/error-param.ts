import { DomainError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";

/**
 * A service's refusal as an address parameter (`?erreur=…`) for actions that redirect: the
 * French message of a domain error; anything else is logged and shown as the generic message.
 */
export function errorParam(e: unknown, where: string): string {
  if (e instanceof DomainError) return encodeURIComponent(e.userMessage);
  console.error(`[${where}]`, e);
  return encodeURIComponent(fr.genericError);
}
