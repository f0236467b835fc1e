import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: { absolute: "Pix – Évaluer, développer et certifier ses compétences numériques" } };

export default async function HomePage() {
  const actor = await currentActor();
  if (actor && !actor.isAnonymous) redirect("/accueil");
  return (
    <div className="flex flex-col gap-10">
      <section className="flex flex-col gap-4">
        <h1 className="text-4xl">Vos compétences numériques, évaluées et reconnues</h1>
        <p className="max-w-2xl text-lg">
          Pix est le service public en ligne pour savoir où vous en êtes avec le numérique, progresser à votre rythme et faire
          reconnaître vos compétences. C&apos;est gratuit.
        </p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/inscription">Créer un compte</ButtonLink>
          <ButtonLink href="/connexion" variant="secondary">
            Se connecter
          </ButtonLink>
        </div>
      </section>
      <section aria-labelledby="debuter" className="flex flex-col gap-3 rounded-xl border-2 border-primary bg-primary-light p-6">
        <h2 id="debuter" className="text-2xl">
          Vous débutez avec l&apos;ordinateur ?
        </h2>
        <p className="text-lg">L&apos;ABC Diag montre ce que vous savez déjà faire : 10 questions, de 5 à 15 minutes, sans compte.</p>
        <div>
          <ButtonLink href="/abc-diag" className="min-h-14 px-8 text-xl">
            Faire l&apos;ABC Diag
          </ButtonLink>
        </div>
        <p>
          Une structure vous a donné un code ? <Link href="/campagnes">Accéder à un parcours avec un code</Link>
        </p>
      </section>
      <section aria-labelledby="trois-etapes" className="flex flex-col gap-4">
        <h2 id="trois-etapes" className="text-2xl">
          Trois étapes
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          <Card as="li">
            <h3 className="mb-2 text-xl">Évaluer</h3>
            <p>Des questions qui s&apos;adaptent à votre niveau, sur 16 compétences : chercher, communiquer, créer, se protéger, régler un problème.</p>
          </Card>
          <Card as="li">
            <h3 className="mb-2 text-xl">Développer</h3>
            <p>Après chaque question, la bonne réponse et des tutoriels courts pour apprendre. Vous pouvez réessayer plus tard.</p>
          </Card>
          <Card as="li">
            <h3 className="mb-2 text-xl">Certifier</h3>
            <p>Dans un centre agréé, un test surveillé confirme votre niveau. Le certificat se vérifie en ligne avec son code.</p>
          </Card>
        </ul>
      </section>
    </div>
  );
}
