import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireActorOrLogin } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Accueil" };

export default async function LearnerHomePage({ searchParams }: { searchParams: Promise<{ bienvenue?: string }> }) {
  const actor = await requireActorOrLogin("/accueil");
  const { bienvenue } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">Bonjour {actor.firstName}</h1>
      {bienvenue ? <Alert tone="success" title="Votre compte est créé.">Bienvenue sur Pix !</Alert> : null}
      <Card>
        <h2 className="mb-2 text-xl">Votre profil</h2>
        <p className="mb-3">Vos 16 compétences numériques, rangées en 5 domaines.</p>
        <Link href="/profil">Voir mon profil</Link>
      </Card>
      <Card>
        <h2 className="mb-2 text-xl">Votre compte</h2>
        <p className="mb-3">Votre nom, votre adresse e-mail, votre mot de passe.</p>
        <Link href="/mon-compte">Gérer mon compte</Link>
      </Card>
    </div>
  );
}
