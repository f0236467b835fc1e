import type { Metadata } from "next";
import { TextPage } from "@/components/layout/text-page";

export const metadata: Metadata = { title: "Conditions d'utilisation" };

export default function TermsPage() {
  return (
    <TextPage title="Conditions d'utilisation">
      <p>Pix est un service public gratuit. En créant un compte, vous acceptez ces règles simples.</p>
      <h2>Votre compte</h2>
      <ul>
        <li>un compte est personnel : ne le partagez pas ;</li>
        <li>vous répondez vous-même aux questions, sans l&apos;aide d&apos;une autre personne pendant une certification ;</li>
        <li>gardez votre mot de passe secret.</li>
      </ul>
      <h2>Vos résultats</h2>
      <p>
        Vos résultats sont à vous. Ils ne sont envoyés à une structure (association, école, employeur) que si vous le décidez, en
        cliquant sur « J&apos;envoie mes résultats ».
      </p>
      <h2>Arrêter</h2>
      <p>Vous pouvez supprimer votre compte à tout moment, depuis « Mon compte ».</p>
    </TextPage>
  );
}
