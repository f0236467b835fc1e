import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { currentInvigilator } from "@/lib/certification/invigilation/current-invigilator";
import { invigilatorLoginAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Surveillance d'une session de certification – Pix Certif" };

type Search = Promise<{ deconnecte?: string; expiree?: string }>;

/** The invigilator's login: no Pix account, the session number and the password the centre gave. */
export default async function InvigilatorLoginPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  if (await currentInvigilator()) redirect("/certif/surveillance/session");
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <h1 className="text-3xl">Surveiller une session de certification</h1>
      {params.deconnecte ? <Alert tone="success">Vous êtes déconnecté de la surveillance.</Alert> : null}
      {params.expiree ? <Alert tone="warning">Votre connexion de surveillance a pris fin. Connectez-vous à nouveau.</Alert> : null}
      <p>
        Saisissez le numéro de la session et le mot de passe de surveillance que le centre de certification vous a remis. Aucun compte Pix
        n&apos;est nécessaire.
      </p>
      <ActionForm
        action={invigilatorLoginAction}
        submitLabel="Accéder à la surveillance"
        fields={[
          { kind: "input", name: "number", label: "Numéro de session", hint: "Par exemple 10001", inputMode: "numeric", autoComplete: "off", required: true, maxLength: 12 },
          {
            kind: "input",
            name: "password",
            label: "Mot de passe de surveillance",
            hint: "5 lettres ou chiffres, par exemple K7TMB",
            type: "password",
            autoComplete: "off",
            required: true,
            maxLength: 20,
          },
        ]}
      />
    </div>
  );
}
