import type { Metadata } from "next";
import Link from "next/link";
import { CompetenceActions } from "@/components/learner/competence-action";
import { ProgressRing } from "@/components/learner/progress-ring";
import { Alert } from "@/components/ui/alert";
import { getProfile } from "@/lib/assessments/get-profile";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Mon profil" };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ "remis-a-zero"?: string }> }) {
  const actor = await requireActorOrLogin("/profil");
  const sp = await searchParams;
  const profile = await getProfile(actor);
  const cap = env().MAX_REACHABLE_LEVEL;
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl">Mon profil</h1>
          <p className="mt-2">{actor.firstName}, voici les 16 compétences numériques que Pix évalue, rangées en 5 domaines.</p>
        </div>
        <div className="rounded-xl border border-line bg-white p-4">
          <p className="text-2xl font-bold">
            {profile.score.totalPix} Pix <span className="text-base font-normal">sur 1024</span>
          </p>
          <details className="mt-1">
            <summary className="cursor-pointer text-primary underline">Pourquoi 1024 Pix ?</summary>
            <p className="mt-2 max-w-sm">
              Chaque compétence compte 8 niveaux de 8 Pix : 16 × 8 × 8 = 1024 Pix. Aujourd&apos;hui, les niveaux sont ouverts jusqu&apos;au niveau {cap}
              : vous pouvez donc obtenir au plus {profile.score.reachableTotalPix} Pix.
            </p>
          </details>
        </div>
      </div>
      {profile.firstVisit ? (
        <Alert tone="info" title="Bienvenue sur votre profil !">
          <p>
            Choisissez une compétence et cliquez sur « Commencer ». Les questions s&apos;adaptent à vos réponses : pas de piège, et vous pouvez passer une
            question si vous ne savez pas. Vos Pix montent au fil des réponses justes.
          </p>
        </Alert>
      ) : null}
      {sp["remis-a-zero"] ? <Alert tone="success">La compétence {sp["remis-a-zero"]} est remise à zéro. Vous pouvez la recommencer.</Alert> : null}
      {profile.areas.map(({ area, competences }) => (
        <section key={area.code} aria-labelledby={`domaine-${area.code}`} className="flex flex-col gap-3">
          <h2 id={`domaine-${area.code}`} className="border-l-8 pl-3 text-2xl" style={{ borderColor: `var(--color-${area.color})` }}>
            {area.code}. {area.name}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {competences.map((card) => (
              <li key={card.competence.id} className="flex flex-col gap-3 rounded-xl border border-line bg-white p-4" style={{ borderTop: `6px solid var(--color-${area.color})` }}>
                <div className="flex items-start gap-3">
                  <ProgressRing value={card.score.pix} max={cap * 8} color={area.color} label={String(card.score.level)} />
                  <div>
                    <h3 className="text-lg">
                      <Link href={`/competences/${card.competence.code}`}>
                        {card.competence.code} {card.competence.name}
                      </Link>
                    </h3>
                    <p>
                      Niveau {card.score.level} · {card.score.pix} Pix
                    </p>
                  </div>
                </div>
                <CompetenceActions card={card} withName />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
