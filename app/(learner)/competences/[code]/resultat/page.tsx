import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CompetenceActions } from "@/components/learner/competence-action";
import { ProgressRing } from "@/components/learner/progress-ring";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getResult } from "@/lib/assessments/get-result";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { env } from "@/lib/env";
import { NotFound } from "@/lib/errors";

export const metadata: Metadata = { title: "Votre résultat" };

type Props = { params: Promise<{ code: string }> };

export default async function ResultPage({ params }: Props) {
  const { code } = await params;
  const actor = await requireActorOrLogin(`/competences/${code}/resultat`);
  let result;
  try {
    result = await getResult(actor, { competenceCode: code });
  } catch (e) {
    if (e instanceof NotFound) redirect(`/competences/${code}`);
    throw e;
  }
  const { card, pixGained, answered } = result;
  const cap = env().MAX_REACHABLE_LEVEL;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <p className="font-semibold">
          {card.competence.code} {card.competence.name}
        </p>
        <h1 className="text-3xl">Test terminé : votre résultat</h1>
        <p className="mt-1">Vous avez répondu à {answered} questions.</p>
      </div>
      <Card>
        <div className="flex flex-wrap items-center gap-4">
          <ProgressRing value={card.score.pix} max={cap * 8} color={card.area.color} label={String(card.score.level)} />
          <div>
            <p className="text-2xl font-semibold">Niveau {card.score.level}</p>
            <p>{card.score.pix} Pix dans cette compétence</p>
            <p>
              {pixGained > 0 ? `+ ${pixGained} Pix gagnés pendant ce test` : "Pas de Pix gagnés pendant ce test, mais vous savez maintenant quoi travailler."}
            </p>
          </div>
        </div>
        <div className="mt-5">
          {card.score.isMaxLevel ? (
            <p>Vous avez atteint le plus haut niveau ouvert aujourd&apos;hui (niveau {cap}).</p>
          ) : (
            <ProgressBar
              label={`Marge de progression vers le niveau ${card.score.level + 1}`}
              value={card.score.pixInLevel}
              max={8}
              valueText={`${card.score.pixInLevel} Pix sur 8 : encore ${card.score.pixToNextLevel} Pix pour le niveau ${card.score.level + 1}`}
            />
          )}
        </div>
      </Card>
      <section aria-labelledby="ensuite" className="flex flex-col gap-3">
        <h2 id="ensuite" className="text-2xl">
          Et maintenant ?
        </h2>
        <ul className="list-disc pl-6">
          <li>
            Lisez les <Link href="/tutoriels">tutoriels recommandés</Link> pour progresser.
          </li>
          <li>Essayez une autre compétence depuis votre profil.</li>
          <li>Dans 4 jours, vous pourrez retenter cette compétence pour gagner des Pix.</li>
        </ul>
        <CompetenceActions card={card} />
        <div>
          <ButtonLink href="/profil">Voir mon profil</ButtonLink>
        </div>
      </section>
    </div>
  );
}
