import { NextResponse, type NextRequest } from "next/server";
import { databaseAvailable } from "@/lib/http/database-availability";
import {
  BODY_LIMIT_LABEL,
  bodyTooLarge,
  brokenActionFields,
  isFormBody,
  securityHeaders,
  undecodablePath,
} from "@/lib/http/proxy-rules";
import { BAD_ADDRESS, servicePageHtml, tooLarge, UNAVAILABLE, UNREADABLE, type ServicePage } from "@/lib/http/service-pages";

// Runs before every request (Node.js runtime): refuses what the app cannot decode with a French
// page, answers 503 while PostgreSQL is unreachable, and sets the security headers (CSP with a
// per-request nonce that Next puts on its own scripts).

function answer(page: ServicePage, headers: Record<string, string>): NextResponse {
  return new NextResponse(servicePageHtml(page), {
    status: page.status,
    headers: { ...headers, ...page.headers, "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = securityHeaders({ nonce, https, dev: process.env.NODE_ENV === "development" });

  if (undecodablePath(request.nextUrl.pathname)) return answer(BAD_ADDRESS, headers);

  const isPost = request.method !== "GET" && request.method !== "HEAD";
  if (isPost && bodyTooLarge(request.headers.get("content-length"))) return answer(tooLarge(BODY_LIMIT_LABEL), headers);
  if (isPost && isFormBody(request.headers.get("content-type"))) {
    let fields: [string, FormDataEntryValue][];
    try {
      fields = [...(await request.clone().formData()).entries()];
    } catch {
      return answer(UNREADABLE, headers);
    }
    if (brokenActionFields(fields)) return answer(UNREADABLE, headers);
  }

  // the health route reports the database itself (JSON for the load balancer)
  if (request.nextUrl.pathname !== "/api/health" && !(await databaseAvailable())) return answer(UNAVAILABLE, headers);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["content-security-policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

export const config = {
  // static files and the simulators' frames (they set their own policy: framed by our pages)
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|simulateurs/|simulateur/).*)"],
};
