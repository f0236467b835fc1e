"use server";

import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { currentActor } from "@/lib/auth/current-actor";
import { keepDiag, keepDiagSchema } from "@/lib/campaigns/orga/keep-diag";

export const keepDiagAction = validatedAction(keepDiagSchema, async (input) => {
  const { alreadyKept } = await keepDiag(await currentActor(), input);
  redirect(`/orga/${input.orgId}/diagnostic?fait=${alreadyKept ? "modifie" : "garde"}#liste`);
});
