"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { formText } from "@/lib/actions/form-data";
import { currentActor } from "@/lib/auth/current-actor";
import { moveGroupMember } from "@/lib/campaigns/orga/move-group-member";
import { saveGroups } from "@/lib/campaigns/orga/save-groups";
import { kSchema } from "@/lib/campaigns/orga/suggest-groups";
import { Conflict, DomainError, InvalidInput, NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";

const idsSchema = z.object({ orgId: z.string().max(64), campaignId: z.string().max(64) });
const saveSchema = idsSchema.extend({ k: kSchema });
const moveSchema = idsSchema.extend({ participationId: z.string().max(64), groupId: z.string().max(64, "Choisissez un groupe.").min(1, "Choisissez un groupe.") });

const pageOf = (orgId: string, campaignId: string) => `/orga/${encodeURIComponent(orgId)}/campagnes/${encodeURIComponent(campaignId)}/groupes`;

/** What the page shows after a refused action (the message travels as a short code, never as raw text). */
function refused(e: unknown, page: string, extra = ""): never {
  if (e instanceof NotAuthenticated) redirect(`/connexion?retour=${encodeURIComponent(page)}`);
  if (e instanceof NotAllowed) pageNotFound();
  if (e instanceof NotFound) redirect(`${page}?erreur=introuvable${extra}`);
  if (e instanceof Conflict && e.field === "k") redirect(`${page}?erreur=trop-peu${extra}`);
  if (e instanceof Conflict) redirect(`${page}?erreur=vide${extra}`);
  if (e instanceof InvalidInput || e instanceof DomainError) redirect(`${page}?erreur=formulaire${extra}`);
  throw e;
}

/** "Enregistrer ces groupes": the server recomputes the suggestion for k (deterministic) and saves it. */
export async function saveGroupsAction(formData: FormData): Promise<void> {
  const parsed = saveSchema.safeParse({ orgId: formText(formData, "orgId"), campaignId: formText(formData, "campaignId"), k: formText(formData, "k") });
  if (!parsed.success) pageNotFound();
  const { orgId, campaignId, k } = parsed.data;
  const page = pageOf(orgId, campaignId);
  try {
    await saveGroups(getDb(), await currentActor(), orgId, campaignId, k, new Date());
  } catch (e) {
    refused(e, page, `&k=${k}`);
  }
  redirect(`${page}?fait=enregistres#groupes-enregistres`);
}

/** "Déplacer": one member to another saved group. */
export async function moveGroupMemberAction(formData: FormData): Promise<void> {
  const raw = { orgId: formText(formData, "orgId"), campaignId: formText(formData, "campaignId"), participationId: formText(formData, "participationId"), groupId: formText(formData, "groupId") };
  const parsed = moveSchema.safeParse(raw);
  if (!parsed.success) {
    if (raw.orgId && raw.campaignId) redirect(`${pageOf(raw.orgId, raw.campaignId)}?erreur=formulaire`);
    pageNotFound();
  }
  const { orgId, campaignId, participationId, groupId } = parsed.data;
  const page = pageOf(orgId, campaignId);
  let moved = false;
  try {
    ({ moved } = await moveGroupMember(getDb(), await currentActor(), orgId, campaignId, { participationId, groupId }));
  } catch (e) {
    refused(e, page);
  }
  redirect(`${page}?fait=${moved ? "deplace" : "inchange"}#groupes-enregistres`);
}
