"use server";

import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { currentActor } from "@/lib/auth/current-actor";
import { safeReturnPath } from "@/lib/auth/return-path";
import { proposeTutorial, proposeTutorialSchema } from "@/lib/tutorials/propose-tutorial";

export const proposeTutorialAction = validatedAction(proposeTutorialSchema, async (data, formData) => {
  await proposeTutorial(await currentActor(), data, new Date());
  const query = new URLSearchParams({ acquis: data.skillId, envoye: "1", retour: safeReturnPath(formData.get("retour"), "/tutoriels") });
  redirect(`/tutoriels/proposer?${query.toString()}`);
});
