import type { Metadata } from "next";
import Link from "next/link";
import { TextPage } from "@/components/layout/text-page";
import { CONTACT_PATH, EDITOR, IS_DEMONSTRATION } from "@/lib/site/legal";

export const metadata: Metadata = { title: "Mentions légales" };

export default function LegalPage() {
  return (
    <TextPage title="Mentions légales">
      {IS_DEMONSTRATION && (
        <p>
          <strong>Ce site est une version de démonstration de Pix.</strong> Il ne sert pas à passer une vraie certification. Les
          informations marquées « à compléter » seront remplies par la structure qui mettra cette version en ligne.
        </p>
      )}
      <h2>Éditeur du site</h2>
      <p>
        La loi demande de dire qui publie le site : son nom, sa forme, son adresse, un moyen de le joindre et le nom de la personne
        responsable de la publication.
      </p>
      <ul>
        <li>{EDITOR.name}</li>
        <li>{EDITOR.legalForm}</li>
        <li>{EDITOR.address}</li>
        <li>{EDITOR.phone}</li>
        <li>{EDITOR.registration}</li>
        <li>{EDITOR.director}</li>
        <li>
          Nous écrire : <Link href={CONTACT_PATH}>formulaire de contact</Link>
        </li>
      </ul>
      <h2>Hébergeur du site</h2>
      <p>La loi demande aussi de dire qui héberge le site, c&apos;est-à-dire sur quels serveurs il fonctionne.</p>
      <ul>
        <li>{EDITOR.host.name}</li>
        <li>{EDITOR.host.address}</li>
        <li>{EDITOR.host.phone}</li>
      </ul>
      <h2>Propriété intellectuelle</h2>
      <p>
        Les questions, les tutoriels, les images et les textes de Pix sont protégés. Vous pouvez les citer et vous en servir pour
        apprendre ou pour enseigner, sans les vendre et en disant qu&apos;ils viennent de Pix. Les tutoriels renvoient parfois vers
        d&apos;autres sites : ces sites restent responsables de ce qu&apos;ils publient.
      </p>
      <h2>Vos données et vos droits</h2>
      <p>
        La page <Link href="/donnees-personnelles">Données personnelles</Link> explique ce que Pix garde, pourquoi, combien de temps, et
        comment faire valoir vos droits.
      </p>
    </TextPage>
  );
}
