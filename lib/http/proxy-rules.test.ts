import { bodyTooLarge, brokenActionFields, isFormBody, securityHeaders, undecodablePath, BODY_LIMIT_BYTES } from "./proxy-rules";
import { servicePageHtml, UNAVAILABLE } from "./service-pages";
import { isConnectionError } from "@/lib/errors";

describe("proxy rules", () => {
  it("refuses addresses whose percent-encoding is not UTF-8, accepts encoded accents", () => {
    expect(undecodablePath("/certif/x/sessions/%ED%A0%80/emargement")).toBe(true);
    expect(undecodablePath("/aide/%FF")).toBe(true);
    expect(undecodablePath("/aide/questions/cr%C3%A9er-un-compte")).toBe(false);
    expect(undecodablePath("/")).toBe(false);
  });

  it("refuses a declared body over the limit only", () => {
    expect(bodyTooLarge(String(BODY_LIMIT_BYTES + 1))).toBe(true);
    expect(bodyTooLarge(String(BODY_LIMIT_BYTES))).toBe(false);
    expect(bodyTooLarge(null)).toBe(false);
    expect(bodyTooLarge("abc")).toBe(false);
  });

  it("knows which bodies are forms", () => {
    expect(isFormBody("multipart/form-data; boundary=x")).toBe(true);
    expect(isFormBody("application/x-www-form-urlencoded")).toBe(true);
    expect(isFormBody("application/json")).toBe(false);
    expect(isFormBody(null)).toBe(false);
  });

  it("finds server action forms whose bound arguments are not JSON", () => {
    expect(brokenActionFields([["$ACTION_REF_1", ""], ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}']])).toBe(false);
    expect(brokenActionFields([["$ACTION_REF_1", ""], ["$ACTION_1:0", "<script>"]])).toBe(true);
    expect(brokenActionFields([["$ACTION_REF_1", ""]])).toBe(true);
    expect(brokenActionFields([["$ACTION_ID_abc", ""], ["nom", "{"]])).toBe(false);
    // the same field twice, the second one not JSON; a referred value not JSON
    expect(brokenActionFields([["$ACTION_REF_1", ""], ["$ACTION_1:0", "{}"], ["$ACTION_1:0", "FUZZ"]])).toBe(true);
    expect(brokenActionFields([["$ACTION_REF_1", ""], ["$ACTION_1:0", "{}"], ["$ACTION_1:1", "FUZZ"]])).toBe(true);
  });

  it("sets a CSP with the nonce and no inline script, HSTS only over https", () => {
    const h = securityHeaders({ nonce: "abc", https: false, dev: false });
    expect(h["content-security-policy"]).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(h["content-security-policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).not.toContain("unsafe-eval");
    expect(h["strict-transport-security"]).toBeUndefined();
    const secure = securityHeaders({ nonce: "abc", https: true, dev: false });
    expect(secure["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(secure["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("writes the unavailable page in French with its status", () => {
    expect(UNAVAILABLE.status).toBe(503);
    expect(servicePageHtml(UNAVAILABLE)).toContain("Service momentanément indisponible");
    expect(servicePageHtml({ status: 400, title: "<b>", lines: ["a & b"] })).toContain("&#60;b&#62;");
  });
});

describe("isConnectionError", () => {
  it("recognises connection failures, also wrapped by Drizzle", () => {
    expect(isConnectionError(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isConnectionError(new Error("Failed query", { cause: Object.assign(new Error("y"), { code: "57P01" }) }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error("x"), { code: "CONNECTION_CLOSED" }))).toBe(true);
  });
  it("leaves other errors alone", () => {
    expect(isConnectionError(Object.assign(new Error("dup"), { code: "23505" }))).toBe(false);
    expect(isConnectionError(new Error("plain"))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });
});
