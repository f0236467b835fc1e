// The pages of a simulator, shown in a frame of the challenge page: GET renders the learner's
// current screen (or sends a file with ?telecharger=), POST applies one action then redirects
// back to GET (303), so every screen works without JavaScript. The gesture script posts with
// the header x-simulateur: fetch and gets JSON instead.
import { currentActor } from "@/lib/auth/current-actor";
import { InvalidInput, NotAllowed, NotAuthenticated, NotFound, RateLimited } from "@/lib/errors";
import { readAttachment, downloadHeaders } from "@/lib/content/attachment-file";
import type { Notice } from "@/lib/simulators/document";
import { actInSimulator, SimulatorClosed, StaleAction } from "@/lib/simulators/runs/act-in-simulator";
import { simulatorAddressSchema, simulatorPath, type SimulatorAddress } from "@/lib/simulators/address";
import { downloadFromSimulator } from "@/lib/simulators/runs/download";
import { getSimulatorPage } from "@/lib/simulators/runs/get-simulator-page";
import { actionFromForm } from "@/lib/simulators/action-from-form";
import { CROSS_SITE_MESSAGE, sameOrigin } from "@/lib/http/same-origin";
import { simpleDocument } from "@/lib/simulators/simple-document";

type Params = { params: Promise<{ kind: string; contextId: string; challengeId: string }> };

const SECURITY_HEADERS = {
  "cache-control": "no-store",
  "x-frame-options": "SAMEORIGIN",
  "content-security-policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
};

const NOTICES: Record<string, Notice> = {
  deja: { tone: "info", text: "Cette action a déjà été prise en compte." },
  refuse: { tone: "error", text: "Cette action n'est pas possible ici." },
  termine: { tone: "error", text: "Cette question est terminée : cette action n'est pas prise en compte." },
  trop: { tone: "error", text: "Trop d'actions dans cet exercice. Validez ou passez la question." },
};

function htmlResponse(body: string, status = 200): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, "content-type": "text/html; charset=utf-8" } });
}

/** A request from another site (a forged form, a link or image pointing at a download): 403, nothing recorded. */
function crossSitePage(byScript: boolean): Response {
  if (byScript) return Response.json({ error: CROSS_SITE_MESSAGE }, { status: 403, headers: { "cache-control": "no-store" } });
  return htmlResponse(simpleDocument("Action refusée", CROSS_SITE_MESSAGE), 403);
}

function errorPage(e: unknown): Response {
  if (e instanceof NotAuthenticated) {
    return htmlResponse(simpleDocument("Vous n'êtes plus connecté", "Votre session est terminée. Rechargez la page pour vous reconnecter."), 401);
  }
  if (!(e instanceof NotFound) && !(e instanceof NotAllowed)) console.error("[simulateur]", e);
  return htmlResponse(simpleDocument("Exercice introuvable", "Cet exercice n'existe pas ou n'est pas le vôtre."), 404);
}

async function addressOf(params: Params["params"]): Promise<SimulatorAddress | null> {
  const raw = await params;
  const parsed = simulatorAddressSchema.safeParse({ kind: raw.kind, contextId: raw.contextId, challengeId: decodeURIComponent(raw.challengeId) });
  return parsed.success ? parsed.data : null;
}

export async function GET(req: Request, { params }: Params): Promise<Response> {
  const address = await addressOf(params);
  if (!address) return errorPage(new NotFound());
  const url = new URL(req.url);
  const actor = await currentActor();
  try {
    const file = url.searchParams.get("telecharger");
    if (file !== null) {
      // a download is recorded as an action of the exercise: another site may not trigger it
      if (!sameOrigin(req)) return crossSitePage(false);
      const out = await downloadFromSimulator(actor, address, file);
      if ("attachment" in out) {
        const found = await readAttachment(out.attachment);
        if (!found) throw new NotFound();
        return new Response(found.bytes, { headers: { ...downloadHeaders(out.attachment, found.contentType), "cache-control": "no-store" } });
      }
      return new Response(new Uint8Array(out.bytes), { headers: { ...downloadHeaders(out.filename, out.contentType), "cache-control": "no-store" } });
    }
    const notice = NOTICES[url.searchParams.get("avis") ?? ""];
    return htmlResponse(await getSimulatorPage(actor, address, notice));
  } catch (e) {
    return errorPage(e);
  }
}

export async function POST(req: Request, { params }: Params): Promise<Response> {
  const address = await addressOf(params);
  const byScript = req.headers.get("x-simulateur") === "fetch";
  if (!sameOrigin(req)) return crossSitePage(byScript);
  if (!address) return byScript ? Response.json({ error: "Exercice introuvable." }, { status: 404 }) : errorPage(new NotFound());
  const back = simulatorPath(address);
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return byScript ? Response.json({ error: "Action illisible." }, { status: 400 }) : redirect(`${back}?avis=refuse`);
  }
  const input = actionFromForm(form);
  const actor = await currentActor();
  try {
    const { actionCount } = await actInSimulator(actor, address, input);
    return byScript ? Response.json({ seq: actionCount }) : redirect(back);
  } catch (e) {
    const avis = e instanceof StaleAction ? "deja" : e instanceof SimulatorClosed ? "termine" : e instanceof RateLimited ? "trop" : e instanceof InvalidInput ? "refuse" : null;
    if (byScript) {
      const status = e instanceof StaleAction || e instanceof SimulatorClosed ? 409 : e instanceof RateLimited ? 429 : avis === "refuse" ? 400 : 404;
      return Response.json({ error: avis ? NOTICES[avis]!.text : "Exercice introuvable.", ...(e instanceof StaleAction ? { seq: e.actionCount } : {}) }, { status });
    }
    if (avis) return redirect(`${back}?avis=${avis}`);
    return errorPage(e);
  }
}

function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}
