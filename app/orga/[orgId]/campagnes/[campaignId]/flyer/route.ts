import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/current-actor";
import { getOrgCampaign } from "@/lib/campaigns/orga/get-org-campaign";
import { campaignFlyerPdf } from "@/lib/documents/campaign-flyer";
import { appUrl } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { getOrganisation } from "@/lib/orga/get-organisation";

type Ctx = { params: Promise<{ orgId: string; campaignId: string }> };

/** The campaign's printable flyer (PDF, A4, or two A5 with ?format=A5x2), for members of its organisation. */
export async function GET(request: Request, { params }: Ctx): Promise<Response> {
  const { orgId, campaignId } = await params;
  const actor = await currentActor();
  try {
    const c = await getOrgCampaign(getDb(), actor, orgId, campaignId);
    const org = await getOrganisation(actor, orgId);
    const format = new URL(request.url).searchParams.get("format") === "A5x2" ? "A5x2" : "A4";
    const bytes = await campaignFlyerPdf({
      organisationName: org.name,
      campaignName: c.name,
      code: c.code,
      joinUrl: `${appUrl()}/campagnes/${c.code}`,
      landingText: c.landingText ?? undefined,
      format,
      now: new Date(),
    });
    return new Response(Buffer.from(bytes), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="flyer-${c.code}${format === "A5x2" ? "-A5" : ""}.pdf"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof DomainError) return new Response("Page introuvable.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
