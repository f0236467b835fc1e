import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CheckpointItems } from "@/components/learner/checkpoint-items";
import { ButtonLink } from "@/components/ui/button";
import { currentActor } from "@/lib/auth/current-actor";
import { campaignCodeSchema } from "@/lib/campaigns/code";
import { getCampaignCheckpoint } from "@/lib/campaigns/get-campaign-checkpoint";
import { NotFound } from "@/lib/errors";
import { listMyTutorials } from "@/lib/tutorials/list-tutorials";

export const metadata: Metadata = { title: "Vos réponses corrigées – Parcours" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ serie?: string }> };

export default async function CampaignCheckpointPage({ params, searchParams }: Props) {
  const parsed = campaignCodeSchema.safeParse(decodeURIComponent((await params).code));
  if (!parsed.success) redirect("/campagnes");
  const code = parsed.data;
  const series = Number.parseInt((await searchParams).serie ?? "", 10);
  const actor = await currentActor();
  if (!actor) redirect(`/campagnes/${code}`);
  if (!Number.isInteger(series) || series < 1 || series > 200) redirect(`/campagnes/${code}/evaluation`);
  let cp;
  try {
    cp = await getCampaignCheckpoint(actor, { code, series });
  } catch (e) {
    if (e instanceof NotFound) redirect(`/campagnes/${code}/evaluation`);
    throw e;
  }
  // saving tutorials needs an account: anonymous participants see the tutorials without the button
  const savedIds = actor.isAnonymous ? null : (await listMyTutorials(actor)).savedIds;
  const here = `/campagnes/${code}/evaluation/bilan?serie=${series}`;
  const first = cp.items[0]!.position;
  const last = cp.items[cp.items.length - 1]!.position;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <p className="font-semibold">{cp.campaign.name}</p>
        <h1 className="text-3xl">
          Vos réponses corrigées : questions {first} à {last}
        </h1>
      </div>
      <CheckpointItems items={cp.items} savedIds={savedIds} here={here} />
      <div>
        {cp.completed ? (
          <ButtonLink href={`/campagnes/${code}/resultat`}>Voir mes résultats</ButtonLink>
        ) : (
          <ButtonLink href={`/campagnes/${code}/evaluation`}>Continuer le test</ButtonLink>
        )}
      </div>
    </div>
  );
}
