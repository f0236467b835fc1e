import type { Metadata } from "next";
import { TextPage } from "@/components/layout/text-page";

export const metadata: Metadata = { title: "Mentions légales" };

export default function LegalPage() {
  return (
    <TextPage title="Mentions légales">
      <h2>Éditeur</h2>
      <p>Pix, service public en ligne d&apos;évaluation, de développement et de certification des compétences numériques.</p>
      <h2>Hébergement</h2>
      <p>Le service est hébergé en France, sur des serveurs de l&apos;Union européenne.</p>
      <h2>Propriété intellectuelle</h2>
      <p>
        Les questions, tutoriels et images de Pix sont protégés. Vous pouvez les citer et les utiliser pour un usage personnel ou
        pédagogique, sans les vendre.
      </p>
    </TextPage>
  );
}
