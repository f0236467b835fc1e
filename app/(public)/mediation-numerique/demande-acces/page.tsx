import type { Metadata } from "next";
import { REVIEW_DELAY } from "@/lib/access-requests/mails";
import { submitAccessRequestAction } from "./actions";
import { AccessRequestForm } from "./access-request-form";

export const metadata: Metadata = { title: "Demander l'accès à ABC Pix – Médiation numérique" };

/** Public: a structure that accompanies people asks for ABC Pix (no account needed). */
export default function AccessRequestPage() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl">Demander l&apos;accès à ABC Pix</h1>
      <p>
        ABC Pix aide les personnes qui débutent avec le numérique. Ce formulaire est pour les structures qui les accompagnent :
        espaces publics numériques, médiathèques, centres sociaux, associations, collectivités…
      </p>
      <h2 className="text-xl">Après l&apos;envoi</h2>
      <ol className="list-decimal pl-6">
        <li>Vous recevez un e-mail avec la référence de votre demande.</li>
        <li>L&apos;équipe Pix vérifie votre demande, en général sous {REVIEW_DELAY}.</li>
        <li>Si elle est acceptée, la personne à contacter reçoit une invitation à rejoindre votre structure sur Pix Orga.</li>
      </ol>
      <p className="text-sm text-muted">Les champs marqués d&apos;une étoile (*) sont obligatoires.</p>
      <AccessRequestForm action={submitAccessRequestAction} />
    </div>
  );
}
