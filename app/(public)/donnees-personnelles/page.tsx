import type { Metadata } from "next";
import { TextPage } from "@/components/layout/text-page";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Données personnelles" };

export default function PrivacyPage() {
  return (
    <TextPage title="Données personnelles">
      <h2>Ce que nous gardons</h2>
      <ul>
        <li>votre compte : prénom, nom, adresse e-mail, mot de passe chiffré (personne ne peut le lire, pas même nous) ;</li>
        <li>vos réponses aux questions et vos résultats, pour construire votre profil ;</li>
        <li>les connexions à votre compte, pour pouvoir les fermer à distance.</li>
      </ul>
      <h2>Pourquoi</h2>
      <p>Pour évaluer vos compétences, vous montrer vos progrès et, si vous le décidez, envoyer vos résultats à une structure.</p>
      <h2>Combien de temps</h2>
      <ul>
        <li>votre compte et vos résultats : tant que votre compte existe ;</li>
        <li>les liens pour changer de mot de passe : une heure ;</li>
        <li>vos connexions : 30 jours au plus ;</li>
        <li>
          l&apos;ABC Diag fait sans compte : la session se ferme après 4 heures sans activité, ou quand vous cliquez sur « Terminer ». Les
          réponses sont effacées {env().ANONYMOUS_RETENTION_DAYS} jours après la dernière activité, sauf si vous avez cliqué sur « Garder
          mes résultats » pour créer un compte.
        </li>
      </ul>
      <h2>Vos droits</h2>
      <p>
        Vous pouvez modifier votre nom et votre adresse dans « Mon compte », et supprimer votre compte à tout moment. Vos données
        personnelles sont alors effacées. Les résultats déjà envoyés à une structure restent chez elle sans votre nom, et les
        certificats publiés restent vérifiables. Vous pouvez aussi vous adresser à la CNIL (cnil.fr).
      </p>
    </TextPage>
  );
}
