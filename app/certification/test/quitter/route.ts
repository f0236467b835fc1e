import { currentActor } from "@/lib/auth/current-actor";
import { recordFocusOut } from "@/lib/certification/courses/record-focus-out";
import { DomainError, httpStatus } from "@/lib/errors";
import { refuseCrossSite } from "@/lib/http/same-origin";

export const dynamic = "force-dynamic";

/** The focus island's report: the candidate left the page during a "focus" question. */
export async function POST(req: Request): Promise<Response> {
  const crossSite = refuseCrossSite(req);
  if (crossSite) return crossSite;
  const actor = await currentActor();
  if (!actor || actor.isAnonymous) return Response.json({ error: "Connectez-vous pour continuer." }, { status: 401 });
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    return Response.json({ error: "Requête invalide." }, { status: 400 });
  }
  const b = (body ?? {}) as { courseId?: unknown; challengeId?: unknown };
  try {
    const outcome = await recordFocusOut(actor, { courseId: String(b.courseId ?? ""), challengeId: String(b.challengeId ?? "") }, new Date());
    return Response.json({ state: outcome.state, page: outcome.page });
  } catch (e) {
    if (e instanceof DomainError) return Response.json({ error: e.userMessage }, { status: httpStatus(e) });
    if (e instanceof Error && e.name === "ZodError") return Response.json({ error: "Requête invalide." }, { status: 400 });
    console.error("[focus-out]", e);
    return Response.json({ error: "Une erreur est survenue." }, { status: 500 });
  }
}
