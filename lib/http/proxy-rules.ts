// What proxy.ts decides before a request reaches the app: addresses that cannot be decoded,
// bodies over the limit, server action forms that cannot be decoded, and the security headers
// of every answer. Pure (no request object, no database), tested in proxy-rules.test.ts.

/** Largest body accepted (server actions are set to the same limit in next.config.ts). */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
export const BODY_LIMIT_LABEL = "2 Mo";

/** An address whose percent-encoding is not valid UTF-8 (e.g. %ED%A0%80): no page can match it. */
export function undecodablePath(rawPath: string): boolean {
  try {
    decodeURIComponent(rawPath);
    return false;
  } catch {
    return true;
  }
}

/** The declared body length is over the limit (a chunked body without length is left to the app). */
export function bodyTooLarge(contentLength: string | null, limit = BODY_LIMIT_BYTES): boolean {
  if (contentLength === null || !/^\d+$/.test(contentLength.trim())) return false;
  return Number(contentLength) > limit;
}

/** A form body the server action decoder would fail on: only these content types carry forms. */
export function isFormBody(contentType: string | null): boolean {
  const t = (contentType ?? "").toLowerCase();
  return t.startsWith("multipart/form-data") || t.startsWith("application/x-www-form-urlencoded");
}

/**
 * A form posted to a server action with state (`$ACTION_REF_n`) carries its bound arguments as
 * JSON in `$ACTION_n:0` (and the values it refers to in `$ACTION_n:1`, …); anything else makes
 * the decoder throw (a 500 before the app runs). Browsers never send such forms; the proxy
 * refuses them with a 400.
 */
export function brokenActionFields(fields: Iterable<[string, FormDataEntryValue]>): boolean {
  const entries = [...fields];
  for (const [key] of entries) {
    if (!key.startsWith("$ACTION_REF_")) continue;
    if (!entries.some(([k, v]) => k === `$ACTION_${key.slice("$ACTION_REF_".length)}:0` && typeof v === "string")) return true;
  }
  for (const [key, value] of entries) {
    if (!/^\$ACTION_\d+:\d+$/.test(key)) continue;
    if (typeof value !== "string") return true;
    try {
      JSON.parse(value);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * Security headers of every answer. The page scripts of Next carry the per-request nonce
 * ('strict-dynamic' lets them load the page's chunks); no inline script runs without it.
 * Inline style attributes stay allowed (a few components set a width in style=""):
 * styles cannot run code.
 */
export function securityHeaders(opts: { nonce: string; https: boolean; dev: boolean }): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return {
    "content-security-policy": csp,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "cross-origin-opener-policy": "same-origin",
    ...(opts.https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
