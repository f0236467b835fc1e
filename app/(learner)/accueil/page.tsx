import type { Metadata } from "next";
import Link from "next/link";
import { CompetenceActions } from "@/components/learner/competence-action";
import { TutorialList } from "@/components/learner/tutorial-list";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getProfile } from "@/lib/assessments/get-profile";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { listMyParticipations } from "@/lib/campaigns/list-my-participations";
import { listMyTutorials } from "@/lib/tutorials/list-tutorials";

export const metadata: Metadata = { title: "Accueil" };

export default async function LearnerHomePage({ searchParams }: { searchParams: Promise<{ bienvenue?: string }> }) {
  const actor = await requireActorOrLogin("/accueil");
  const { bienvenue } = await searchParams;
  const [profile, tutorials, participations] = await Promise.all([getProfile(actor), listMyTutorials(actor), listMyParticipations(actor)]);
  const inProgress = participations.filter((p) => p.status === "en-cours" || p.status === "a-envoyer");
  const recommended = profile.areas
    .flatMap((a) => a.competences)
    .filter((c) => c.action.kind === "start")
    .slice(0, 3);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">Bonjour {actor.firstName}</h1>
      {bienvenue ? (
        <Alert tone="success" title="Votre compte est créé.">
          Bienvenue sur Pix !
        </Alert>
      ) : null}
      {inProgress.map((p) => (
        <Card key={p.participationId}>
          <h2 className="mb-2 text-xl">{p.status === "en-cours" ? "Reprendre mon parcours" : "Envoyer mes résultats"}</h2>
          <p className="mb-3">
            {p.campaignName} ({p.organisationName})
          </p>
          <ButtonLink href={p.href}>{p.status === "en-cours" ? "Reprendre le parcours" : "Voir et envoyer mes résultats"}</ButtonLink>
        </Card>
      ))}
      {profile.lastStarted ? (
        <Card>
          <h2 className="mb-2 text-xl">Reprendre mon test</h2>
          <p className="mb-3">
            {profile.lastStarted.competence.code} {profile.lastStarted.competence.name}
          </p>
          <ButtonLink href={`/competences/${profile.lastStarted.competence.code}/evaluation`}>Reprendre</ButtonLink>
        </Card>
      ) : null}
      <Card>
        <h2 className="mb-2 text-xl">Votre profil</h2>
        <p className="mb-3">
          {profile.score.totalPix} Pix sur 1024. Vos 16 compétences numériques, rangées en 5 domaines.
        </p>
        <Link href="/profil">Voir mon profil</Link>
      </Card>
      {recommended.length ? (
        <Card>
          <h2 className="mb-3 text-xl">Compétences à découvrir</h2>
          <ul className="flex flex-col gap-4">
            {recommended.map((c) => (
              <li key={c.competence.id} className="flex flex-col gap-2">
                <Link href={`/competences/${c.competence.code}`} className="font-semibold">
                  {c.competence.code} {c.competence.name}
                </Link>
                <CompetenceActions card={c} withName />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card>
        <h2 className="mb-3 text-xl">Mes tutoriels enregistrés</h2>
        {tutorials.saved.length ? (
          <TutorialList tutorials={tutorials.saved.slice(0, 3)} savedIds={tutorials.savedIds} returnTo="/accueil" />
        ) : (
          <p>Aucun tutoriel enregistré pour l&apos;instant.</p>
        )}
        <p className="mt-3">
          <Link href="/tutoriels">Tous mes tutoriels</Link>
        </p>
      </Card>
      <Card>
        <h2 className="mb-2 text-xl">Votre compte</h2>
        <p className="mb-3">Votre nom, votre adresse e-mail, votre mot de passe.</p>
        <Link href="/mon-compte">Gérer mon compte</Link>
      </Card>
    </div>
  );
}
