import type { Metadata } from "next";
import { CommunityTutorials } from "@/components/learner/community-tutorials";
import { TutorialList } from "@/components/learner/tutorial-list";
import { Alert } from "@/components/ui/alert";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { listMyTutorials } from "@/lib/tutorials/list-tutorials";

export const metadata: Metadata = { title: "Mes tutoriels" };

export default async function TutorialsPage({ searchParams }: { searchParams: Promise<{ erreur?: string }> }) {
  const actor = await requireActorOrLogin("/tutoriels");
  const { erreur } = await searchParams;
  const t = await listMyTutorials(actor);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl">Mes tutoriels</h1>
      {erreur ? <Alert tone="error">{erreur}</Alert> : null}
      <section aria-labelledby="recommandes" className="flex flex-col gap-3">
        <h2 id="recommandes" className="text-2xl">
          Recommandés
        </h2>
        <p>Choisis d&apos;après les questions que vous avez ratées ou passées.</p>
        {t.recommended.length ? (
          <TutorialList tutorials={t.recommended} savedIds={t.savedIds} returnTo="/tutoriels" />
        ) : (
          <p>Rien pour l&apos;instant : passez un test pour recevoir des recommandations.</p>
        )}
        {t.community.length ? (
          <>
            <h3 className="text-xl">Proposés par des utilisateurs de Pix</h3>
            <CommunityTutorials tutorials={t.community} />
          </>
        ) : null}
      </section>
      <section aria-labelledby="enregistres" className="flex flex-col gap-3">
        <h2 id="enregistres" className="text-2xl">
          Enregistrés
        </h2>
        {t.saved.length ? (
          <TutorialList tutorials={t.saved} savedIds={t.savedIds} returnTo="/tutoriels" />
        ) : (
          <p>Aucun tutoriel enregistré. Cliquez sur « Enregistrer » à côté d&apos;un tutoriel pour le garder ici.</p>
        )}
      </section>
    </div>
  );
}
