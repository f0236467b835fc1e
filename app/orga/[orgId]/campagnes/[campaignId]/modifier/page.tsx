import type { Metadata } from "next";
import { CampaignForm } from "@/components/orga/campaign-form";
import { getDb } from "@/db/client";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import type { CampaignType } from "@/lib/campaigns/orga/campaign-form";
import { getOrgCampaign } from "@/lib/campaigns/orga/get-org-campaign";
import { profileChoices } from "@/lib/campaigns/orga/profile-choices";
import { pageNotFound } from "@/lib/http/not-found";
import { updateCampaignAction } from "../../actions";

export const metadata: Metadata = { title: "Modifier la campagne – Pix Orga" };

type Props = { params: Promise<{ orgId: string; campaignId: string }> };

export default async function EditCampaignPage({ params }: Props) {
  const { orgId, campaignId } = await params;
  const actor = await requireActorOrLogin(`/orga/${orgId}/campagnes/${campaignId}/modifier`);
  const c = await getOrgCampaign(getDb(), actor, orgId, campaignId);
  if (c.myRole !== "ADMIN" && c.createdBy !== actor.userId) pageNotFound();
  const groups = await profileChoices(actor, orgId);
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <h1 className="text-3xl">Modifier la campagne</h1>
      <CampaignForm
        action={updateCampaignAction}
        orgId={orgId}
        campaignId={c.id}
        type={c.type as CampaignType}
        profileGroups={groups}
        submitLabel="Enregistrer"
        initial={{
          name: c.name,
          targetProfileId: c.targetProfileId ?? "",
          externalIdLabel: c.externalIdLabel ?? "",
          externalIdType: c.externalIdType ?? "text",
          allowAnonymous: c.allowAnonymous,
          forAbsoluteNovice: c.forAbsoluteNovice,
          multipleSendings: c.multipleSendings,
          landingText: c.landingText ?? "",
          resultText: c.resultText ?? "",
        }}
      />
    </div>
  );
}
