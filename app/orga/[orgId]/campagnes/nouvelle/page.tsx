import type { Metadata } from "next";
import Link from "next/link";
import { CampaignForm } from "@/components/orga/campaign-form";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { CAMPAIGN_TYPES, campaignDefaults, type CampaignType } from "@/lib/campaigns/orga/campaign-form";
import { profileChoices } from "@/lib/campaigns/orga/profile-choices";
import { createCampaignAction } from "../actions";

export const metadata: Metadata = { title: "Créer une campagne – Pix Orga" };

type Props = { params: Promise<{ orgId: string }>; searchParams: Promise<{ type?: string }> };

const TYPE_CHOICES = [
  { value: "abc-diag", label: "ABC Diag", hint: "10 questions pour les grands débutants, de 5 à 15 minutes, sans compte. Vous savez ce que la personne sait déjà faire." },
  { value: "assessment", label: "Évaluation", hint: "Un test adapté à chaque personne : ABC Pix (les bases) ou un profil Pix. Résultats par thème." },
  { value: "profiles", label: "Collecte de profils", hint: "Les personnes vous envoient leur profil Pix (16 compétences), sans nouveau test." },
];

export default async function NewCampaignPage({ params, searchParams }: Props) {
  const { orgId } = await params;
  const typeParam = (await searchParams).type;
  const actor = await requireActorOrLogin(`/orga/${orgId}/campagnes/nouvelle`);
  const groups = await profileChoices(actor, orgId);
  const type = CAMPAIGN_TYPES.includes(typeParam as CampaignType) ? (typeParam as CampaignType) : null;
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <h1 className="text-3xl">Créer une campagne</h1>
      {!type ? (
        <form method="get" className="flex flex-col gap-6">
          <ChoiceGroup name="type" legend="Étape 1 sur 2 : quel type de campagne ?" required defaultValue="abc-diag" choices={TYPE_CHOICES} />
          <div>
            <Button>Continuer</Button>
          </div>
        </form>
      ) : (
        <>
          <p>
            Étape 2 sur 2 : {TYPE_CHOICES.find((c) => c.value === type)!.label}. <Link href={`/orga/${orgId}/campagnes/nouvelle`}>Changer de type</Link>
          </p>
          <CampaignForm
            action={createCampaignAction}
            orgId={orgId}
            type={type}
            profileGroups={groups}
            submitLabel="Créer la campagne"
            initial={{ name: "", targetProfileId: "", externalIdLabel: "", externalIdType: "text", landingText: "", resultText: "", ...campaignDefaults(type) }}
          />
        </>
      )}
    </div>
  );
}
