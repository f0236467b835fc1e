import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { deleteAccountAction } from "../actions";

export const metadata: Metadata = { title: "Supprimer mon compte" };

export default async function DeleteAccountPage() {
  await requireActorOrLogin("/mon-compte/supprimer");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl">Supprimer mon compte</h1>
      <div className="prose-pix">
        <p>Si vous supprimez votre compte :</p>
        <ul>
          <li>votre nom, votre adresse e-mail et votre mot de passe sont effacés ;</li>
          <li>vous ne pourrez plus vous connecter, ni revoir vos résultats ;</li>
          <li>
            les résultats que vous avez déjà envoyés à une structure (une association, une école, un employeur) restent chez elle,
            mais sans votre nom : ils deviennent anonymes ;
          </li>
          <li>
            vos certificats déjà publiés restent vérifiables avec leur code, car ce sont des documents officiels que d&apos;autres
            personnes peuvent avoir besoin de vérifier.
          </li>
        </ul>
        <p>Cette action est définitive.</p>
      </div>
      <ActionForm
        action={deleteAccountAction}
        submitLabel="Supprimer définitivement mon compte"
        variant="danger"
        fields={[
          { kind: "input", name: "currentPassword", label: "Votre mot de passe", hint: "Pour confirmer que c'est bien vous.", type: "password", autoComplete: "current-password", required: true },
          { kind: "checkbox", name: "confirm", required: true, label: "Je comprends que la suppression est définitive." },
        ]}
      />
      <p>
        <Link href="/mon-compte">Non, je garde mon compte</Link>
      </p>
    </div>
  );
}
