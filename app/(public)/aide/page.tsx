import type { Metadata } from "next";
import Link from "next/link";
import { TextPage } from "@/components/layout/text-page";

export const metadata: Metadata = { title: "Aide" };

export default function HelpPage() {
  return (
    <TextPage title="Aide">
      <h2>Je n&apos;arrive pas à me connecter</h2>
      <p>
        Vérifiez l&apos;adresse e-mail et le mot de passe (attention aux majuscules). Si vous avez oublié votre mot de passe,
        utilisez <Link href="/mot-de-passe-oublie">Mot de passe oublié</Link> : vous recevrez un lien par e-mail.
      </p>
      <h2>Mon compte est bloqué</h2>
      <p>
        Après 10 essais ratés, le compte est bloqué quelques minutes. La page de connexion dit jusqu&apos;à quelle heure. Après 30
        essais ratés, il reste bloqué : choisissez un nouveau mot de passe avec « Mot de passe oublié » pour le débloquer.
      </p>
      <h2>J&apos;utilise un ordinateur partagé</h2>
      <p>
        À la fin, cliquez sur votre nom en haut de la page, puis sur « Se déconnecter ». Dans « Mon compte », le bouton « Me
        déconnecter partout » ferme aussi vos connexions sur les autres appareils.
      </p>
      <h2>Pix marche-t-il sans JavaScript ?</h2>
      <p>Oui. Toutes les pages marchent avec un navigateur simple ou ancien, même si JavaScript est désactivé.</p>
    </TextPage>
  );
}
