import { appUrl } from "@/lib/env";

/**
 * Cross-site request check for route handlers (server actions get Next's own check; route
 * handlers do not). A request is ours when:
 * - its `Origin` is the app's public origin (APP_URL) or the host it was sent to (`Host`, or
 *   `X-Forwarded-Host` set by the load balancer); `Origin: null` (sandboxed frame, some
 *   redirects) is refused;
 * - without `Origin` (a GET, an old browser): `Sec-Fetch-Site` is `same-origin` or `none` (typed
 *   address, bookmark); `cross-site` and `same-site` (a sibling sub-domain is not Pix) are refused;
 * - without either: a `Referer`, if sent, must be from one of those hosts. A request with none of
 *   the three comes from no browser that could carry the victim's cookie (every current browser
 *   sends `Origin` on a POST and `Sec-Fetch-Site` on everything), so it is let through.
 */
export function isSameOriginRequest(headers: Headers, publicUrl: string): boolean {
  const hosts = new Set<string>();
  const origins = new Set<string>();
  try {
    const app = new URL(publicUrl);
    origins.add(app.origin);
  } catch {
    // no usable APP_URL: the Host header alone decides
  }
  for (const name of ["host", "x-forwarded-host"]) {
    const value = headers.get(name);
    if (value) hosts.add(value.split(",")[0]!.trim().toLowerCase());
  }
  const fromUs = (raw: string): boolean => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return false;
    return origins.has(url.origin) || hosts.has(url.host.toLowerCase());
  };

  const origin = headers.get("origin");
  if (origin !== null) return fromUs(origin);
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin" || site === "none";
  const referer = headers.get("referer");
  if (referer !== null) return fromUs(referer);
  return true;
}

/** Is this request from one of our own pages? (APP_URL or the Host it was sent to) */
export function sameOrigin(req: Request): boolean {
  return isSameOriginRequest(req.headers, appUrl());
}

export const CROSS_SITE_MESSAGE = "Action refusée : cette demande ne vient pas d'une page de Pix. Revenez sur le site et recommencez.";

/** For a JSON route handler: the 403 answer to send when the request comes from another site, else null. */
export function refuseCrossSite(req: Request): Response | null {
  if (sameOrigin(req)) return null;
  return Response.json({ error: CROSS_SITE_MESSAGE }, { status: 403, headers: { "cache-control": "no-store" } });
}
