import { createHash, randomBytes } from "node:crypto";

/** The invigilator's cookie: http-only, scoped to the portal, valid for one exam day. */
export const INVIGILATOR_COOKIE = "pix-surveillance";
export const INVIGILATOR_COOKIE_PATH = "/certif/surveillance";
export const INVIGILATOR_SESSION_MS = 12 * 60 * 60_000;

/** 32 random bytes, base64url: what the cookie holds (only its sha-256 is stored). */
export function newInvigilatorToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvigilatorToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
