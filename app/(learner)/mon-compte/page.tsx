import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { PASSWORD_HINT } from "@/lib/auth/password-rules";
import { logoutEverywhereAction, updateEmailAction, updateNameAction, updatePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Mon compte" };

export default async function AccountPage() {
  const actor = await requireActorOrLogin("/mon-compte");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl">Mon compte</h1>
      <Card>
        <h2 className="mb-4 text-xl">Mon nom</h2>
        <ActionForm
          action={updateNameAction}
          submitLabel="Enregistrer mon nom"
          variant="secondary"
          fields={[
            { kind: "input", name: "firstName", label: "Prénom", autoComplete: "given-name", required: true, maxLength: 100, defaultValue: actor.firstName },
            { kind: "input", name: "lastName", label: "Nom", autoComplete: "family-name", required: true, maxLength: 100, defaultValue: actor.lastName },
          ]}
        />
      </Card>
      <Card>
        <h2 className="mb-4 text-xl">Mon adresse e-mail</h2>
        <ActionForm
          action={updateEmailAction}
          submitLabel="Enregistrer mon adresse"
          variant="secondary"
          fields={[
            { kind: "input", name: "email", label: "Adresse e-mail", type: "email", autoComplete: "email", required: true, maxLength: 254, defaultValue: actor.email ?? "" },
            { kind: "input", name: "currentPassword", label: "Mot de passe actuel", hint: "Pour confirmer que c'est bien vous.", type: "password", autoComplete: "current-password", required: true },
          ]}
        />
      </Card>
      <Card>
        <h2 className="mb-4 text-xl">Mon mot de passe</h2>
        <p className="mb-4">Après le changement, vous serez déconnecté partout. Vous vous reconnecterez avec le nouveau mot de passe.</p>
        <ActionForm
          action={updatePasswordAction}
          submitLabel="Changer mon mot de passe"
          variant="secondary"
          fields={[
            { kind: "input", name: "currentPassword", label: "Mot de passe actuel", type: "password", autoComplete: "current-password", required: true },
            { kind: "input", name: "newPassword", label: "Nouveau mot de passe", type: "password", hint: PASSWORD_HINT, autoComplete: "new-password", required: true, minLength: 8 },
          ]}
        />
      </Card>
      <Card>
        <h2 className="mb-2 text-xl">Mes connexions</h2>
        <p className="mb-4">Vous avez utilisé Pix sur un ordinateur partagé ? Fermez toutes vos connexions, sur tous les appareils.</p>
        <form action={logoutEverywhereAction}>
          <Button variant="secondary">Me déconnecter partout</Button>
        </form>
      </Card>
      <Card>
        <h2 className="mb-2 text-xl">Supprimer mon compte</h2>
        <p className="mb-4">Vos données personnelles seront effacées. Cette action est définitive.</p>
        <Link href="/mon-compte/supprimer">Supprimer mon compte</Link>
      </Card>
    </div>
  );
}
