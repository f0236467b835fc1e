import "server-only";
import { diagFlyerPdf } from "@/lib/documents/diag-flyer";
import { kitPosterPdf, slugify } from "@/lib/documents/kit-poster";
import type { Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/env";
import { Conflict, DomainError, NotAuthenticated } from "@/lib/errors";
import { kitCampaign } from "./kit-campaigns";
import { kitErrorUrl, parseKitQuery, type KitErrorCode } from "./kit-query";

const KINDS = {
  affiche: { file: "affiche-abc-diag", build: kitPosterPdf },
  flyer: { file: "flyer-abc-diag", build: diagFlyerPdf },
} as const;

function backToKit(errors: KitErrorCode[], params: URLSearchParams): Response {
  return new Response(null, { status: 303, headers: { location: kitErrorUrl(errors, params), "cache-control": "no-store" } });
}

/**
 * GET /mediation-numerique/kit/affiche|flyer?structure=…&format=A4|A3[&campagne=<id>]: the PDF,
 * or back to the kit page with ?erreur=… (nothing is printed with a campaign the actor may not use).
 * The actor is read only when a campaign is asked for.
 */
export async function kitDownload(request: Request, kind: keyof typeof KINDS, currentActor: () => Promise<Actor | null>): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const parsed = parseKitQuery(params);
  if (!parsed.ok) return backToKit(parsed.errors, params);
  const { structure, format, campagne } = parsed.query;
  let campaign = null;
  if (campagne) {
    try {
      const c = await kitCampaign(await currentActor(), campagne);
      campaign = { code: c.code, name: c.name, isAbcDiag: c.type === "abc-diag" };
    } catch (e) {
      if (e instanceof NotAuthenticated) return backToKit(["campagne-connexion"], params);
      if (e instanceof Conflict) return backToKit(["campagne-archivee"], params);
      if (e instanceof DomainError) return backToKit(["campagne"], params);
      throw e;
    }
  }
  if (kind === "flyer" && campaign && !campaign.isAbcDiag) return backToKit(["campagne-flyer"], params);
  const { file, build } = KINDS[kind];
  const bytes = await build({ structureName: structure, baseUrl: appUrl(), format, campaign, now: new Date() });
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${file}-${slugify(structure)}-${format}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}
