import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { currentActor } from "@/lib/auth/current-actor";
import { safeReturnPath } from "@/lib/auth/return-path";
import { PASSWORD_HINT } from "@/lib/auth/password-rules";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Créer un compte" };

type Props = { searchParams: Promise<{ retour?: string }> };

export default async function SignUpPage({ searchParams }: Props) {
  const retour = safeReturnPath((await searchParams).retour, "");
  const actor = await currentActor();
  if (actor && !actor.isAnonymous) redirect(retour || "/accueil");
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <h1 className="text-3xl">Créer un compte</h1>
      <p>Avec un compte, vous gardez vos résultats et vous pouvez reprendre un test plus tard.</p>
      {actor?.isAnonymous ? <Alert tone="info">Vos réponses à l&apos;ABC Diag seront gardées dans ce compte.</Alert> : null}
      <p className="text-sm text-muted">Les champs marqués d&apos;une étoile (*) sont obligatoires.</p>
      <ActionForm
        action={signUpAction}
        submitLabel="Je crée mon compte"
        fields={[
          ...(retour ? [{ kind: "hidden" as const, name: "retour", value: retour }] : []),
          { kind: "input", name: "firstName", label: "Prénom", autoComplete: "given-name", required: true, maxLength: 100 },
          { kind: "input", name: "lastName", label: "Nom", autoComplete: "family-name", required: true, maxLength: 100 },
          {
            kind: "input",
            name: "email",
            label: "Adresse e-mail",
            type: "email",
            hint: "Par exemple : nom@exemple.fr",
            autoComplete: "email",
            required: true,
            maxLength: 254,
          },
          {
            kind: "input",
            name: "password",
            label: "Mot de passe",
            type: "password",
            hint: PASSWORD_HINT,
            autoComplete: "new-password",
            required: true,
            minLength: 8,
          },
          {
            kind: "checkbox",
            name: "terms",
            required: true,
            label: (
              <>
                J&apos;accepte les <Link href="/conditions-generales">conditions d&apos;utilisation</Link> de Pix.
              </>
            ),
          },
        ]}
      />
      <p>
        Vous avez déjà un compte ? <Link href={retour ? `/connexion?retour=${encodeURIComponent(retour)}` : "/connexion"}>Se connecter</Link>
      </p>
    </div>
  );
}
