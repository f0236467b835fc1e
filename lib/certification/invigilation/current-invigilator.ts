import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { findInvigilator, type Invigilator } from "./invigilator";
import { INVIGILATOR_COOKIE } from "./token";

/** The invigilator of this request's `pix-surveillance` cookie, or null. Read once per request. */
export const currentInvigilator = cache(async (): Promise<Invigilator | null> => {
  const token = (await cookies()).get(INVIGILATOR_COOKIE)?.value;
  return findInvigilator(getDb(), token, new Date());
});

/** Was a cookie sent at all (to tell "expired" from "never logged in")? */
export async function hasInvigilatorCookie(): Promise<boolean> {
  return Boolean((await cookies()).get(INVIGILATOR_COOKIE)?.value);
}
