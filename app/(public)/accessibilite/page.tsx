import type { Metadata } from "next";
import Link from "next/link";
import { TextPage } from "@/components/layout/text-page";
import { formatDate } from "@/lib/i18n/fr";
import { ACCESSIBILITY_CHECKS as checks } from "@/lib/site/accessibility-checks";
import { CONTACT_PATH, EDITOR } from "@/lib/site/legal";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

const checkedOn = new Date(`${checks.date}T12:00:00Z`);
const journeys = checks.keyboardJourneys.reduce((n, j) => n + j.runs, 0);

export default function AccessibilityPage() {
  return (
    <TextPage title="Déclaration d'accessibilité">
      <p>
        {EDITOR.name} s&apos;engage à rendre Pix accessible à tous, comme le demande l&apos;article 47 de la loi n° 2005-102 du 11
        février 2005. Cette déclaration concerne le site Pix : le site public, l&apos;espace personnel, Pix Orga et l&apos;espace des
        centres de certification.
      </p>

      <h2>État de conformité</h2>
      <p>
        Pix est <strong>partiellement conforme</strong> avec le référentiel général d&apos;amélioration de l&apos;accessibilité
        (RGAA), version 4.1. Aucun audit complet n&apos;a encore été fait par un organisme extérieur.
      </p>

      <h2>Ce que nous vérifions à chaque version</h2>
      <ul>
        <li>
          les pages des parcours principaux sont ouvertes dans un vrai navigateur et testées avec l&apos;outil axe, sur les règles des
          niveaux A et AA des WCAG 2.1 ;
        </li>
        <li>chaque parcours principal est fait de bout en bout avec JavaScript désactivé, en remplissant les formulaires ;</li>
        <li>
          les questions de l&apos;ABC Diag et d&apos;ABC Pix sont relues par un test automatique de français facile : phrases courtes,
          une seule question, pas d&apos;abréviation ;
        </li>
        <li>chaque champ de formulaire a une étiquette, et les erreurs sont écrites en toutes lettres à côté du champ.</li>
      </ul>

      <h2>Résultats des vérifications</h2>
      <p>Dernière vérification automatique : le {formatDate(checkedOn)}.</p>
      <ul>
        <li>
          <strong>{checks.pageTypesAxe} types de pages</strong> testés avec l&apos;outil axe (version {checks.axeVersion}) : site public, ABC Diag,
          espace personnel, chaque type de question, Pix Orga, Pix Certif, surveillance et administration.{" "}
          <strong>0 erreur</strong> sur les {checks.axeRules} règles des niveaux A et AA des WCAG 2.1 que l&apos;outil contrôle ;
        </li>
        <li>
          <strong>{journeys} parcours faits entièrement au clavier</strong>, avec et sans JavaScript : {checks.keyboardJourneys.map((j) => j.name).join(" ; ")}. À
          chaque étape, l&apos;élément actif est visible et entouré, et le premier lien de la page mène directement au contenu ;
        </li>
        <li>
          <strong>{checks.pageTypesReflow} types de pages</strong> lus sur un écran de 320 pixels de large et avec un zoom à 200 % : la page ne
          défile jamais sur le côté (un grand tableau peut défiler dans son propre cadre).
        </li>
      </ul>
      <p>Ces outils ne vérifient pas tout. Ne sont pas encore vérifiés :</p>
      <ul>
        <li>
          les critères du RGAA qui demandent un contrôle humain : sens des textes de remplacement des images, clarté des titres et des liens,
          ordre de lecture ;
        </li>
        <li>l&apos;usage avec un lecteur d&apos;écran (NVDA, JAWS, VoiceOver) ou une commande vocale ;</li>
        <li>l&apos;espacement du texte agrandi et l&apos;affichage en contraste élevé de Windows.</li>
      </ul>

      <h2>Ce qui n&apos;est pas encore accessible</h2>
      <ul>
        <li>
          quelques questions demandent un geste à la souris (glisser, double-cliquer) : sans JavaScript, elles ne peuvent pas se faire.
          Elles ne comptent alors ni pour ni contre vous ;
        </li>
        <li>certaines questions ont un temps limité ; en certification, le centre peut accorder du temps en plus.</li>
      </ul>

      <h2>Technologies utilisées</h2>
      <p>HTML et CSS. JavaScript améliore certaines pages, mais aucune n&apos;en a besoin pour fonctionner.</p>

      <h2>Nous signaler un problème</h2>
      <p>
        Si vous ne pouvez pas utiliser une page ou un service, <Link href={CONTACT_PATH}>écrivez-nous avec le formulaire de contact</Link>
        . Nous vous proposerons une autre façon d&apos;accéder au contenu ou au service.
      </p>

      <h2>Voie de recours</h2>
      <p>
        Si vous nous avez signalé un défaut sans obtenir de réponse satisfaisante, vous pouvez écrire au Défenseur des droits, sur le
        site defenseurdesdroits.fr, ou rencontrer son délégué dans votre département. Le courrier est gratuit, sans timbre : Défenseur
        des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
      </p>
    </TextPage>
  );
}
