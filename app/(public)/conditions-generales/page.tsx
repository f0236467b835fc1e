import type { Metadata } from "next";
import Link from "next/link";
import { TextPage } from "@/components/layout/text-page";
import { CONTACT_PATH, IS_DEMONSTRATION } from "@/lib/site/legal";

export const metadata: Metadata = { title: "Conditions d'utilisation" };

export default function TermsPage() {
  return (
    <TextPage title="Conditions d'utilisation">
      <p>
        Pix est un service public en ligne et gratuit. Il sert à évaluer, développer et certifier ses compétences numériques. Ces
        règles s&apos;appliquent à toute personne qui utilise Pix. En créant un compte, vous les acceptez.
      </p>
      {IS_DEMONSTRATION && (
        <p>
          Ce site est une version de démonstration : les comptes et les résultats peuvent être effacés, et les certificats
          n&apos;ont pas de valeur officielle.
        </p>
      )}

      <h2>Utiliser Pix</h2>
      <ul>
        <li>l&apos;ABC Diag et les parcours ouverts sans compte se font sans donner son nom ;</li>
        <li>pour garder un profil, se tester sur les compétences ou passer une certification, il faut un compte ;</li>
        <li>Pix marche avec un navigateur simple, même sans JavaScript.</li>
      </ul>

      <h2>Votre compte</h2>
      <ul>
        <li>un compte est personnel : ne le partagez pas et gardez votre mot de passe secret ;</li>
        <li>donnez votre vrai nom : il sera écrit sur vos certificats ;</li>
        <li>sur un ordinateur partagé, déconnectez-vous à la fin.</li>
      </ul>

      <h2>Pendant les tests</h2>
      <ul>
        <li>répondez vous-même : vos résultats doivent montrer ce que vous savez faire ;</li>
        <li>en dehors de la certification, vous pouvez chercher, vous aider de tutoriels et réessayer plus tard ;</li>
        <li>
          pendant une certification, vous répondez seul, sans aide, sous le regard d&apos;un surveillant. Une fraude peut faire
          annuler le résultat.
        </li>
      </ul>

      <h2>Vos résultats</h2>
      <p>
        Vos résultats sont à vous. Une structure (association, école, employeur) ne les reçoit que si vous le décidez, en cliquant sur
        « J&apos;envoie mes résultats ». Un certificat peut être vérifié par toute personne à qui vous donnez son code de vérification.
      </p>

      <h2>Les contenus de Pix</h2>
      <p>
        Les questions et les tutoriels sont protégés (voir les <Link href="/mentions-legales">mentions légales</Link>). Ne les
        copiez pas pour les diffuser. Si une question vous semble fausse ou impossible à faire, signalez-la depuis la question : cela
        aide à améliorer Pix.
      </p>

      <h2>Disponibilité</h2>
      <p>
        Nous faisons notre possible pour que Pix marche à tout moment. Le service peut être arrêté quelques instants pour une mise à
        jour. Vos réponses déjà envoyées sont gardées.
      </p>

      <h2>Arrêter</h2>
      <p>
        Vous pouvez supprimer votre compte à tout moment, dans <Link href="/mon-compte">Mon compte</Link>. Un compte qui ne respecte pas
        ces règles peut être bloqué.
      </p>

      <h2>Changements et questions</h2>
      <p>
        Si ces règles changent, la nouvelle version est publiée sur cette page. Une question ?{" "}
        <Link href={CONTACT_PATH}>Écrivez-nous avec le formulaire de contact</Link>. Ces conditions relèvent du droit français.
      </p>
    </TextPage>
  );
}
