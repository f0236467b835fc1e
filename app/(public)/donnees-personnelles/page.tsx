import type { Metadata } from "next";
import Link from "next/link";
import { TextPage } from "@/components/layout/text-page";
import { CONTACT_PATH, EDITOR } from "@/lib/site/legal";
import { frDuration, retentionPeriods } from "@/lib/site/retention";

export const metadata: Metadata = { title: "Données personnelles" };

export default function PrivacyPage() {
  const r = retentionPeriods();
  return (
    <TextPage title="Données personnelles">
      <p>
        Cette page explique quelles informations Pix garde sur vous, pourquoi, combien de temps, et ce que vous pouvez demander. Le
        responsable de ces données est l&apos;éditeur du site : {EDITOR.name} (voir les <Link href="/mentions-legales">mentions légales</Link>).
      </p>

      <h2>Ce que Pix garde</h2>
      <ul>
        <li>votre compte : prénom, nom, adresse e-mail, mot de passe chiffré (personne ne peut le lire, pas même nous), date d&apos;acceptation des conditions d&apos;utilisation ;</li>
        <li>vos réponses aux questions, vos niveaux et les tutoriels que vous avez gardés, pour construire votre profil ;</li>
        <li>vos connexions, pour pouvoir les fermer à distance, et le nombre d&apos;essais de connexion ratés, pour protéger votre compte ;</li>
        <li>pour un parcours proposé par une structure : votre participation et, si la structure le demande, l&apos;identifiant qu&apos;elle vous a donné ;</li>
        <li>pour une certification : les nom, prénom, date de naissance et, si vous la donnez, l&apos;adresse e-mail que le centre a inscrits, puis vos réponses et votre résultat ;</li>
        <li>les messages envoyés avec le <Link href={CONTACT_PATH}>formulaire de contact</Link> et les demandes d&apos;accès à ABC Pix des structures.</li>
      </ul>
      <p>Pix n&apos;utilise ni cookie publicitaire ni mesure d&apos;audience. Ses cookies servent seulement à vous garder connecté et à protéger les formulaires.</p>

      <h2>Pourquoi, et sur quelle base</h2>
      <p>
        Pix garde ces informations pour évaluer vos compétences, vous montrer vos progrès, délivrer et vérifier les certificats et,
        si vous le décidez, envoyer vos résultats à une structure. C&apos;est une mission d&apos;intérêt public (article 6, paragraphe
        1, point e du règlement général sur la protection des données, le RGPD). Vos données ne sont ni vendues ni utilisées pour de la
        publicité.
      </p>
      <p>
        Une structure ne voit vos résultats d&apos;un parcours que si vous les lui envoyez, en cliquant sur « J&apos;envoie mes
        résultats ». Pour l&apos;ABC Diag fait avec le code d&apos;une structure, le résultat lui est envoyé à la fin du diagnostic.
      </p>

      <h2>L&apos;ABC Diag sans compte</h2>
      <p>
        Vous pouvez faire l&apos;ABC Diag sans donner votre nom ni votre adresse e-mail. Pix garde seulement vos réponses et un code de
        résultat, reliés à votre navigateur par le cookie de connexion. La session se ferme après{" "}
        {frDuration(r.anonymousIdleHours, "heure")} sans activité, ou quand vous cliquez sur « Terminer ». Si vous cliquez sur «
        Garder mes résultats » et créez un compte, vos réponses passent dans votre compte.
      </p>

      <h2>Combien de temps</h2>
      <ul>
        <li>votre compte et vos résultats : tant que votre compte existe ;</li>
        <li>une connexion : {frDuration(r.sessionDays, "jour")} au plus, puis il faut se reconnecter ;</li>
        <li>
          un ABC Diag sans compte : effacé avec toutes ses réponses lors du nettoyage qui suit {frDuration(r.anonymousRetentionDays, "jour")}{" "}
          sans activité ;
        </li>
        <li>un lien « Mot de passe oublié » : valable {frDuration(r.resetLinkMinutes, "minute")}, une seule fois ;</li>
        <li>une invitation à rejoindre l&apos;espace Pix Orga d&apos;une structure : valable {frDuration(r.invitationDays, "jour")} ;</li>
        <li>
          les certificats : gardés pour rester vérifiables ; les messages de contact et les demandes d&apos;accès : gardés le temps de
          les traiter.
        </li>
      </ul>

      <h2>Vos droits</h2>
      <ul>
        <li>
          <strong>Voir vos données</strong> : votre profil et vos résultats sont dans votre espace. Pour recevoir tout ce que Pix garde
          sur vous, écrivez-nous avec le <Link href={CONTACT_PATH}>formulaire de contact</Link>.
        </li>
        <li>
          <strong>Corriger vos données</strong> : changez votre nom, votre adresse e-mail ou votre mot de passe dans{" "}
          <Link href="/mon-compte">Mon compte</Link>. Pour une erreur sur un certificat, adressez-vous au centre de certification.
        </li>
        <li>
          <strong>Supprimer votre compte</strong> : à tout moment, dans <Link href="/mon-compte/supprimer">Mon compte, « Supprimer mon compte »</Link>.
          Votre nom, votre adresse e-mail et votre mot de passe sont effacés et vos connexions fermées. Les résultats déjà envoyés à une
          structure restent chez elle sans votre nom, et les certificats publiés restent vérifiables.
        </li>
        <li>
          <strong>Vous opposer ou demander une limite</strong> : écrivez-nous avec le formulaire de contact, nous répondons dans un délai
          d&apos;un mois.
        </li>
      </ul>
      <p>
        Si vous pensez que vos droits ne sont pas respectés, vous pouvez faire une réclamation auprès de la Commission nationale de
        l&apos;informatique et des libertés (CNIL), sur le site cnil.fr.
      </p>
    </TextPage>
  );
}
