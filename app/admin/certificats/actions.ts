"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { validatedAction } from "@/lib/actions/validated-action";
import { currentActor } from "@/lib/auth/current-actor";
import { cancelCertificate, cancelCertificateSchema } from "@/lib/certification/certificates/cancel-certificate";

export const cancelCertificateAction = validatedAction(cancelCertificateSchema, async ({ courseId, reason }) => {
  await cancelCertificate(getDb(), await currentActor(), courseId, reason);
  redirect(`/admin/certificats/${encodeURIComponent(courseId)}?fait=annule`);
});
