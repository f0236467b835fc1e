import { z } from "zod";

const sessionIdSchema = z.uuid();

/**
 * The staff's page of a certification session, where its actions send back. An id that is not a
 * session id (a form changed by hand) leads to the list instead: copied into the redirect, a
 * 1 MB value made the answer's Location header too large for any browser.
 */
export function sessionPath(sessionId: string): string {
  return sessionIdSchema.safeParse(sessionId).success ? `/admin/certification/${sessionId}` : "/admin/certification";
}
