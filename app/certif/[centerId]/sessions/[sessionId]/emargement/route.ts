import { currentActor } from "@/lib/auth/current-actor";
import { getAttendanceSheet } from "@/lib/certification/sessions/get-attendance-sheet";
import { DomainError } from "@/lib/errors";

type Ctx = { params: Promise<{ centerId: string; sessionId: string }> };

/** The session's attendance sheet (PDF, A4), for the staff of its centre. */
export async function GET(_request: Request, { params }: Ctx): Promise<Response> {
  const { centerId, sessionId } = await params;
  try {
    const { bytes, fileName } = await getAttendanceSheet(await currentActor(), centerId, sessionId);
    return new Response(Buffer.from(bytes), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "private, no-store" },
    });
  } catch (e) {
    if (e instanceof DomainError) return new Response("Page introuvable.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
