/**
 * The cross-site check of route handlers (lib/http/same-origin.ts): one row per kind of request
 * a browser can send, then the two handlers that change state refuse a forged request before
 * reading the session or writing anything.
 */
import { isSameOriginRequest } from "@/lib/http/same-origin";

const APP = "https://pix.example.fr";

function h(values: Record<string, string>): Headers {
  return new Headers(values);
}

describe("isSameOriginRequest", () => {
  it.each<[string, boolean, Record<string, string>]>([
    ["Origin = APP_URL", true, { host: "app-1.internal:3000", origin: "https://pix.example.fr" }],
    ["Origin = the Host the request was sent to", true, { host: "localhost:3000", origin: "http://localhost:3000" }],
    ["Origin = X-Forwarded-Host (behind the load balancer)", true, { host: "10.0.0.4:3000", "x-forwarded-host": "pix.example.fr", origin: "https://pix.example.fr" }],
    ["letter case of the host does not matter", true, { host: "Pix.Example.FR", origin: "https://pix.example.fr" }],
    ["Origin of another site", false, { host: "pix.example.fr", origin: "https://exemple-malveillant.test" }],
    ["Origin of a sibling sub-domain", false, { host: "pix.example.fr", origin: "https://blog.example.fr" }],
    ["same host, another port", false, { host: "localhost:3000", origin: "http://localhost:4000" }],
    ["APP_URL host but plain http (another origin)", false, { host: "app-1.internal:3000", origin: "http://pix.example.fr" }],
    ["Origin: null (sandboxed frame)", false, { host: "pix.example.fr", origin: "null" }],
    ["Origin that is no URL", false, { host: "pix.example.fr", origin: "pix.example.fr" }],
    ["Origin wins over a same-origin Sec-Fetch-Site", false, { host: "pix.example.fr", origin: "https://exemple-malveillant.test", "sec-fetch-site": "same-origin" }],
    ["no Origin, Sec-Fetch-Site: same-origin", true, { host: "pix.example.fr", "sec-fetch-site": "same-origin" }],
    ["no Origin, Sec-Fetch-Site: none (typed address, bookmark)", true, { host: "pix.example.fr", "sec-fetch-site": "none" }],
    ["no Origin, Sec-Fetch-Site: cross-site", false, { host: "pix.example.fr", "sec-fetch-site": "cross-site" }],
    ["no Origin, Sec-Fetch-Site: same-site (a sibling sub-domain is not Pix)", false, { host: "pix.example.fr", "sec-fetch-site": "same-site" }],
    ["Sec-Fetch-Site wins over a Referer of ours", false, { host: "pix.example.fr", "sec-fetch-site": "cross-site", referer: "https://pix.example.fr/x" }],
    ["only a Referer of ours", true, { host: "pix.example.fr", referer: "https://pix.example.fr/certification/test" }],
    ["only a Referer of another site", false, { host: "pix.example.fr", referer: "https://exemple-malveillant.test/page" }],
    ["a javascript: Referer", false, { host: "pix.example.fr", referer: "javascript:alert(1)" }],
    ["none of Origin, Sec-Fetch-Site, Referer (no browser): let through", true, { host: "pix.example.fr" }],
  ])("%s → %s", (_name, expected, headers) => {
    expect(isSameOriginRequest(h(headers), APP)).toBe(expected);
  });

  it("without a usable APP_URL, the Host header alone decides", () => {
    expect(isSameOriginRequest(h({ host: "localhost:3000", origin: "http://localhost:3000" }), "")).toBe(true);
    expect(isSameOriginRequest(h({ host: "localhost:3000", origin: "https://pix.example.fr" }), "")).toBe(false);
  });
});
