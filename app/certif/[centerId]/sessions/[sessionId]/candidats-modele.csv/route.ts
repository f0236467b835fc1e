import { currentActor } from "@/lib/auth/current-actor";
import { getCandidatesTemplate } from "@/lib/certification/sessions/get-candidates-template";
import { DomainError } from "@/lib/errors";

type Ctx = { params: Promise<{ centerId: string; sessionId: string }> };

/** The candidates' CSV template (UTF-8 with BOM, ";" separator), for the staff of the session's centre. */
export async function GET(_request: Request, { params }: Ctx): Promise<Response> {
  const { centerId, sessionId } = await params;
  try {
    const csv = await getCandidatesTemplate(await currentActor(), centerId, sessionId);
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="candidats-modele.csv"', "cache-control": "private, no-store" },
    });
  } catch (e) {
    if (e instanceof DomainError) return new Response("Page introuvable.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
