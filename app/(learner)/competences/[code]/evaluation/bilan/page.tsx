import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CheckpointItems } from "@/components/learner/checkpoint-items";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { getCheckpoint } from "@/lib/assessments/get-checkpoint";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { NotFound } from "@/lib/errors";
import { listMyTutorials } from "@/lib/tutorials/list-tutorials";

export const metadata: Metadata = { title: "Vos réponses corrigées" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ serie?: string; signalement?: string }> };


export default async function CheckpointPage({ params, searchParams }: Props) {
  const { code } = await params;
  const sp = await searchParams;
  const series = Number.parseInt(sp.serie ?? "", 10);
  const actor = await requireActorOrLogin(`/competences/${code}/evaluation`);
  if (!Number.isInteger(series) || series < 1 || series > 200) redirect(`/competences/${code}/evaluation`);
  let cp;
  try {
    cp = await getCheckpoint(actor, { competenceCode: code, series });
  } catch (e) {
    if (e instanceof NotFound) redirect(`/competences/${code}/evaluation`);
    throw e;
  }
  const { savedIds } = await listMyTutorials(actor);
  const here = `/competences/${code}/evaluation/bilan?serie=${series}`;
  const first = cp.items[0]!.position;
  const last = cp.items[cp.items.length - 1]!.position;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <p className="font-semibold">
          {cp.competence.code} {cp.competence.name}
        </p>
        <h1 className="text-3xl">
          Vos réponses corrigées : questions {first} à {last}
        </h1>
      </div>
      {sp.signalement === "envoye" ? <Alert tone="success">Merci, votre signalement est envoyé.</Alert> : null}
      <CheckpointItems
        items={cp.items}
        savedIds={savedIds}
        here={here}
        reportHref={(item) => `/competences/${code}/evaluation/signaler?epreuve=${encodeURIComponent(item.challengeId)}&retour=${encodeURIComponent(here)}`}
      />
      <div>
        {cp.completed ? (
          <ButtonLink href={`/competences/${code}/resultat`}>Voir mon résultat</ButtonLink>
        ) : (
          <ButtonLink href={`/competences/${code}/evaluation`}>Continuer le test</ButtonLink>
        )}
      </div>
    </div>
  );
}
