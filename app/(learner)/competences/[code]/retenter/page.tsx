import type { Metadata } from "next";
import Link from "next/link";
import { retryAction } from "@/app/(learner)/competences/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getCompetenceCard } from "@/lib/assessments/get-profile";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getContentIndex } from "@/lib/content";
import { pageNotFound } from "@/lib/http/not-found";

export const metadata: Metadata = { title: "Retenter une compétence" };

export default async function RetryPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requireActorOrLogin(`/competences/${code}/retenter`);
  const competence = getContentIndex().competenceByCode.get(code);
  if (!competence) pageNotFound();
  const card = await getCompetenceCard(actor, competence.id);
  const allowed = card.action.kind === "retry" && card.action.allowed;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl">
        Retenter « {competence.code} {competence.name} »
      </h1>
      {allowed ? (
        <>
          <p>
            Vous allez répondre à de nouvelles questions. Vos Pix actuels ({card.score.pix} Pix, niveau {card.score.level}) sont gardés : vous ne
            pouvez qu&apos;en gagner. Les autres compétences ne changent pas.
          </p>
          <form action={retryAction} className="flex flex-wrap items-center gap-4">
            <input type="hidden" name="code" value={code} />
            <Button>Je retente</Button>
            <Link href={`/competences/${code}`}>Annuler</Link>
          </form>
        </>
      ) : (
        <Alert tone="info">
          {card.action.kind === "retry"
            ? `Vous pourrez retenter cette compétence dans ${card.action.daysLeft} jour${card.action.daysLeft > 1 ? "s" : ""}.`
            : "Vous pouvez retenter une compétence seulement quand son test est terminé."}
        </Alert>
      )}
    </div>
  );
}
