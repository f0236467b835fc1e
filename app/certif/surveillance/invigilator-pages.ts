import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { currentInvigilator, hasInvigilatorCookie } from "@/lib/certification/invigilation/current-invigilator";
import type { Invigilator } from "@/lib/certification/invigilation/invigilator";
import { getInvigilation, type InvigilatedCandidate, type InvigilationView } from "@/lib/certification/invigilation/get-invigilation";
import { NotFound } from "@/lib/errors";

/** For the portal's pages: the invigilator of this browser, or the login form (saying when the login expired). */
export async function requireInvigilator(): Promise<Invigilator> {
  const invigilator = await currentInvigilator();
  if (!invigilator) redirect((await hasInvigilatorCookie()) ? "/certif/surveillance?expiree=1" : "/certif/surveillance");
  return invigilator;
}

/** For a page about one candidate: the session's view of that candidate, or back to the list when it is not one of this session's. */
export async function requireInvigilatedCandidate(candidateId: string): Promise<{ view: InvigilationView; candidate: InvigilatedCandidate }> {
  const invigilator = await requireInvigilator();
  try {
    const view = await getInvigilation(getDb(), invigilator, new Date(), { candidateId });
    return { view, candidate: view.candidates[0]! };
  } catch (e) {
    if (e instanceof NotFound) redirect("/certif/surveillance/session?erreur=introuvable");
    throw e;
  }
}
