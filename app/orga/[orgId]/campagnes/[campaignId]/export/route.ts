import { currentActor } from "@/lib/auth/current-actor";
import { exportResults } from "@/lib/campaigns/orga/export-results";
import { resultsQuerySchema } from "@/lib/campaigns/orga/list-results";
import { DomainError } from "@/lib/errors";

type Ctx = { params: Promise<{ orgId: string; campaignId: string }> };

/** The campaign's results as CSV (streamed), with the results table's filters; members of its organisation only. */
export async function GET(request: Request, { params }: Ctx): Promise<Response> {
  const { orgId, campaignId } = await params;
  const query = resultsQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const { filename, stream } = await exportResults(await currentActor(), { orgId, campaignId, query });
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    if (e instanceof DomainError) return new Response("Page introuvable.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
