"use server";

import { redirect } from "next/navigation";
import { formText } from "@/lib/actions/form-data";
import { reviewProposal } from "@/lib/admin/tutorials/review-proposal";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError, InvalidInput } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";

/** "Accepter" / "Refuser": the button pressed gives the decision; errors come back next to the proposal. */
export async function reviewProposalAction(formData: FormData): Promise<void> {
  const proposalId = formText(formData, "proposalId");
  const decision = formText(formData, "decision");
  const reason = formText(formData, "reason");
  let changed = false;
  try {
    ({ changed } = await reviewProposal(await currentActor(), { proposalId, decision: decision as "accept" | "refuse", reason }));
  } catch (e) {
    const back = new URLSearchParams({ proposition: proposalId });
    if (e instanceof InvalidInput && e.fieldErrors.reason) {
      back.set("erreurRaison", e.fieldErrors.reason);
    } else if (e instanceof DomainError) {
      back.set("erreur", e instanceof InvalidInput ? (Object.values(e.fieldErrors)[0] ?? e.userMessage) : e.userMessage);
    } else {
      console.error("[reviewProposalAction]", e);
      back.set("erreur", fr.genericError);
    }
    redirect(`/admin/tutoriels?${back.toString()}#proposition-${encodeURIComponent(proposalId)}`);
  }
  redirect(`/admin/tutoriels?message=${!changed ? "deja" : decision === "accept" ? "acceptee" : "refusee"}`);
}
