"use server";

import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { ALREADY_REVIEWED, approveAccessRequest } from "@/lib/access-requests/approve-access-request";
import { refuseAccessRequest } from "@/lib/access-requests/refuse-access-request";
import { approveAccessRequestSchema, refuseAccessRequestSchema } from "@/lib/access-requests/schemas";
import { currentActor } from "@/lib/auth/current-actor";
import { Conflict } from "@/lib/errors";

const detailPage = (id: string, done: string) => `/admin/demandes-abc-pix/${id}?fait=${done}`;

/**
 * A second click (or a colleague faster than you) finds the request already reviewed: the
 * page no longer shows the forms, so say it on the page itself rather than in the form.
 */
async function unlessReviewed<T>(id: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof Conflict && e.userMessage === ALREADY_REVIEWED) redirect(detailPage(id, "deja-traitee"));
    throw e;
  }
}

export const approveAccessRequestAction = validatedAction(approveAccessRequestSchema, async ({ id, organisationId }) => {
  const result = await unlessReviewed(id, async () => approveAccessRequest(await currentActor(), id, { organisationId }, new Date()));
  redirect(detailPage(id, result.invited ? "acceptee" : "acceptee-membre"));
});

export const refuseAccessRequestAction = validatedAction(refuseAccessRequestSchema, async ({ id, reason }) => {
  await unlessReviewed(id, async () => refuseAccessRequest(await currentActor(), id, { reason }, new Date()));
  redirect(detailPage(id, "refusee"));
});
