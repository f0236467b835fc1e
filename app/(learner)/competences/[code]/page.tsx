import type { Metadata } from "next";
import Link from "next/link";
import { CompetenceActions } from "@/components/learner/competence-action";
import { ProgressRing } from "@/components/learner/progress-ring";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getCompetenceCard } from "@/lib/assessments/get-profile";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getContentIndex } from "@/lib/content";
import { env } from "@/lib/env";
import { pageNotFound } from "@/lib/http/not-found";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ erreur?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const c = getContentIndex().competenceByCode.get(code);
  return { title: c ? `${c.code} ${c.name}` : "Compétence" };
}

export default async function CompetencePage({ params, searchParams }: Props) {
  const { code } = await params;
  const { erreur } = await searchParams;
  const actor = await requireActorOrLogin(`/competences/${code}`);
  const index = getContentIndex();
  const competence = index.competenceByCode.get(code);
  if (!competence) pageNotFound();
  const card = await getCompetenceCard(actor, competence.id);
  const tubes = index.tubesByCompetence.get(competence.id) ?? [];
  const cap = env().MAX_REACHABLE_LEVEL;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/profil">← Mon profil</Link>
      </p>
      <div className="border-l-8 pl-4" style={{ borderColor: `var(--color-${card.area.color})` }}>
        <p className="font-semibold">
          Domaine {card.area.code}. {card.area.name}
        </p>
        <h1 className="text-3xl">
          {competence.code} {competence.name}
        </h1>
        <p className="mt-2">{competence.description}</p>
      </div>
      {erreur ? <Alert tone="error">{erreur}</Alert> : null}
      <Card>
        <div className="flex flex-wrap items-center gap-4">
          <ProgressRing value={card.score.pix} max={cap * 8} color={card.area.color} label={String(card.score.level)} />
          <div>
            <p className="text-xl font-semibold">Niveau {card.score.level}</p>
            <p>
              {card.score.pix} Pix sur {cap * 8} possibles aujourd&apos;hui
            </p>
          </div>
        </div>
        <div className="mt-4">
          <CompetenceActions card={card} />
        </div>
      </Card>
      {tubes.length ? (
        <section aria-labelledby="sujets">
          <h2 id="sujets" className="mb-3 text-2xl">
            Ce que couvre cette compétence
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {tubes.map((t) => (
              <li key={t.id} className="rounded-lg border border-line bg-white p-4">
                <h3 className="text-lg">{t.title}</h3>
                <p className="mt-1">{t.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p>Les questions de cette compétence sont en préparation.</p>
      )}
    </div>
  );
}
