import type { Metadata } from "next";
import Link from "next/link";
import { TextPage } from "@/components/layout/text-page";

export const metadata: Metadata = { title: "Plan du site" };

export default function SiteMapPage() {
  return (
    <TextPage title="Plan du site">
      <h2>Pour tout le monde</h2>
      <ul>
        <li><Link href="/">Accueil</Link></li>
        <li><Link href="/abc-diag">ABC Diag : ce que vous savez déjà faire</Link></li>
        <li><Link href="/campagnes">Accéder à un parcours avec un code</Link></li>
        <li><Link href="/inscription">Créer un compte</Link></li>
        <li><Link href="/connexion">Se connecter</Link></li>
        <li><Link href="/mot-de-passe-oublie">Mot de passe oublié</Link></li>
        <li><Link href="/aide">Aide</Link></li>
      </ul>
      <h2>Avec un compte</h2>
      <ul>
        <li><Link href="/accueil">Mon accueil</Link></li>
        <li><Link href="/profil">Mon profil</Link></li>
        <li><Link href="/mon-compte">Mon compte</Link></li>
      </ul>
      <h2>Informations</h2>
      <ul>
        <li><Link href="/accessibilite">Accessibilité</Link></li>
        <li><Link href="/mentions-legales">Mentions légales</Link></li>
        <li><Link href="/donnees-personnelles">Données personnelles</Link></li>
        <li><Link href="/conditions-generales">Conditions d&apos;utilisation</Link></li>
      </ul>
    </TextPage>
  );
}
