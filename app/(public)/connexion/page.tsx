import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { currentActor } from "@/lib/auth/current-actor";
import { safeReturnPath } from "@/lib/auth/return-path";
import { loginAction } from "./actions";

export const metadata: Metadata = { title: "Se connecter" };

type Search = Promise<{ retour?: string; deconnecte?: string; motdepasse?: string; compte?: string }>;

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const retour = safeReturnPath(params.retour, "/accueil");
  const actor = await currentActor();
  if (actor && !actor.isAnonymous) redirect(retour);
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <h1 className="text-3xl">Se connecter</h1>
      {params.deconnecte ? <Alert tone="success">Vous êtes déconnecté.</Alert> : null}
      {params.motdepasse ? <Alert tone="success">Votre mot de passe a été changé. Connectez-vous avec le nouveau.</Alert> : null}
      {params.compte === "supprime" ? <Alert tone="success">Votre compte a été supprimé.</Alert> : null}
      <ActionForm
        action={loginAction}
        submitLabel="Je me connecte"
        fields={[
          { kind: "hidden", name: "retour", value: retour },
          { kind: "input", name: "email", label: "Adresse e-mail", type: "email", autoComplete: "email", required: true, maxLength: 254 },
          { kind: "input", name: "password", label: "Mot de passe", type: "password", autoComplete: "current-password", required: true },
        ]}
      />
      <p>
        <Link href="/mot-de-passe-oublie">Mot de passe oublié ?</Link>
      </p>
      <p>
        Pas encore de compte ? <Link href="/inscription">Créer un compte</Link>
      </p>
    </div>
  );
}
