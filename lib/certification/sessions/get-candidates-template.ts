import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { candidatesTemplateCsv } from "./candidates-csv";
import { guardSession } from "./guard";

/** The CSV template, for staff of the session's centre. */
export async function getCandidatesTemplate(actor: Actor | null, centerId: string, sessionId: string): Promise<string> {
  await guardSession(getDb(), actor, centerId, sessionId);
  return candidatesTemplateCsv();
}
