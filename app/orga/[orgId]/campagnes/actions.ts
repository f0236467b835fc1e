"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formText } from "@/lib/actions/form-data";
import { validatedAction } from "@/lib/actions/validated-action";
import { currentActor } from "@/lib/auth/current-actor";
import { campaignFormSchema } from "@/lib/campaigns/orga/campaign-form";
import { createCampaign, duplicateCampaign, setCampaignArchived, updateCampaign } from "@/lib/campaigns/orga/save-campaign";
import { DomainError } from "@/lib/errors";

const ids = z.object({ orgId: z.uuid(), campaignId: z.uuid() });

export const createCampaignAction = validatedAction(campaignFormSchema, async (form) => {
  const { id } = await createCampaign(await currentActor(), form);
  redirect(`/orga/${form.orgId}/campagnes/${id}?fait=creee`);
});

export const updateCampaignAction = validatedAction(campaignFormSchema, async (form, formData) => {
  const parsed = z.uuid().safeParse(formText(formData, "campaignId"));
  if (!parsed.success) redirect(`/orga/${form.orgId}`);
  const campaignId = parsed.data;
  await updateCampaign(await currentActor(), campaignId, form);
  redirect(`/orga/${form.orgId}/campagnes/${campaignId}?fait=modifiee`);
});

async function campaignAction(formData: FormData, run: (i: { orgId: string; campaignId: string }) => Promise<string>): Promise<void> {
  const parsed = ids.safeParse({ orgId: formText(formData, "orgId"), campaignId: formText(formData, "campaignId") });
  if (!parsed.success) redirect("/orga");
  let target: string;
  try {
    target = await run(parsed.data);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    target = `/orga/${parsed.data.orgId}/campagnes/${parsed.data.campaignId}?erreur=${encodeURIComponent(e.userMessage)}`;
  }
  redirect(target);
}

export async function archiveCampaignAction(formData: FormData): Promise<void> {
  await campaignAction(formData, async (i) => {
    const archived = formText(formData, "archived") === "1";
    await setCampaignArchived(await currentActor(), { ...i, archived });
    return `/orga/${i.orgId}/campagnes/${i.campaignId}?fait=${archived ? "archivee" : "desarchivee"}`;
  });
}

export async function duplicateCampaignAction(formData: FormData): Promise<void> {
  await campaignAction(formData, async (i) => {
    const { id } = await duplicateCampaign(await currentActor(), i);
    return `/orga/${i.orgId}/campagnes/${id}?fait=dupliquee`;
  });
}
