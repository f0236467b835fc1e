import type { Metadata } from "next";
import Link from "next/link";
import { resetAction } from "@/app/(learner)/competences/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getCompetenceCard } from "@/lib/assessments/get-profile";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getContentIndex } from "@/lib/content";
import { pageNotFound } from "@/lib/http/not-found";

export const metadata: Metadata = { title: "Remettre une compétence à zéro" };

export default async function ResetPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requireActorOrLogin(`/competences/${code}/remettre-a-zero`);
  const competence = getContentIndex().competenceByCode.get(code);
  if (!competence) pageNotFound();
  const card = await getCompetenceCard(actor, competence.id);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl">
        Remettre à zéro « {competence.code} {competence.name} »
      </h1>
      {card.reset?.allowed ? (
        <>
          <Alert tone="warning" title="Attention : vos Pix de cette compétence seront effacés.">
            <p>
              Vous avez aujourd&apos;hui {card.score.pix} Pix (niveau {card.score.level}). Après la remise à zéro, vous repartirez de 0 et pourrez
              recommencer le test. Les autres compétences ne changent pas.
            </p>
          </Alert>
          <form action={resetAction} className="flex flex-wrap items-center gap-4">
            <input type="hidden" name="code" value={code} />
            <Button variant="danger">Je remets à zéro</Button>
            <Link href={`/competences/${code}`}>Annuler</Link>
          </form>
        </>
      ) : (
        <Alert tone="info">
          {card.reset
            ? `Vous pourrez remettre cette compétence à zéro dans ${card.reset.daysLeft} jour${card.reset.daysLeft > 1 ? "s" : ""}.`
            : "Vous pouvez remettre à zéro seulement une compétence terminée où vous avez des Pix."}
        </Alert>
      )}
    </div>
  );
}
