import type { Metadata } from "next";
import { TextPage } from "@/components/layout/text-page";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

export default function AccessibilityPage() {
  return (
    <TextPage title="Déclaration d'accessibilité">
      <p>
        Pix s&apos;engage à rendre son service accessible, conformément à l&apos;article 47 de la loi n° 2005-102 du 11 février
        2005. Cette déclaration s&apos;applique au site Pix.
      </p>
      <h2>État de conformité</h2>
      <p>
        Le site est <strong>partiellement conforme</strong> avec le référentiel général d&apos;amélioration de l&apos;accessibilité
        (RGAA) version 4.1 : aucun audit complet n&apos;a encore été réalisé.
      </p>
      <h2>Ce que nous vérifions à chaque version</h2>
      <ul>
        <li>chaque page est testée automatiquement avec l&apos;outil axe dans un vrai navigateur ;</li>
        <li>chaque parcours se fait au clavier et sans JavaScript ;</li>
        <li>chaque champ de formulaire a une étiquette, et les erreurs sont écrites à côté du champ.</li>
      </ul>
      <h2>Nous signaler un problème</h2>
      <p>
        Si vous ne pouvez pas utiliser une page ou un service, écrivez-nous pour obtenir une autre façon d&apos;accéder au contenu :
        accessibilite@pix.local.
      </p>
      <h2>Voie de recours</h2>
      <p>
        Si vous nous avez signalé un défaut sans réponse satisfaisante, vous pouvez écrire au Défenseur des droits
        (defenseurdesdroits.fr) ou à son délégué dans votre région.
      </p>
    </TextPage>
  );
}
