import { NotAllowed, NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";

/** A service's read for a page: a stranger to the centre (or a wrong id) gets the plain 404 page, learning nothing. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof NotAllowed || e instanceof NotFound) pageNotFound();
    throw e;
  }
}
