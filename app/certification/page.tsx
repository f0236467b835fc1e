import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getCandidateState } from "@/lib/certification/courses/get-candidate-state";
import { joinSessionAction } from "./actions";

export const metadata: Metadata = { title: "Rejoindre une session de certification" };
export const dynamic = "force-dynamic";

export default async function JoinSessionPage() {
  const actor = await requireActorOrLogin("/certification");
  const state = await getCandidateState(actor, new Date());
  const inProgress = state.kind === "course" && state.page !== "/certification/fin";
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <h1 className="text-3xl">Rejoindre une session de certification</h1>
      {inProgress ? (
        <Alert tone="info" title={`Vous avez rejoint la session ${state.sessionNumber}.`}>
          <p>
            <Link href={state.page}>Aller à mon test de certification</Link>
          </p>
        </Alert>
      ) : null}
      <p>Saisissez les informations données par votre surveillant, puis votre identité telle qu&apos;elle figure sur votre pièce d&apos;identité.</p>
      <ActionForm
        action={joinSessionAction}
        submitLabel="Rejoindre la session"
        fields={[
          { kind: "input", name: "sessionNumber", label: "Numéro de session", hint: "Par exemple 10001.", inputMode: "numeric", required: true, maxLength: 9, autoComplete: "off" },
          { kind: "input", name: "accessCode", label: "Code d'accès", hint: "4 lettres et 2 chiffres, par exemple BCDF23.", required: true, maxLength: 20, autoComplete: "off" },
          { kind: "input", name: "lastName", label: "Nom", required: true, maxLength: 100, autoComplete: "family-name" },
          { kind: "input", name: "firstName", label: "Prénom", required: true, maxLength: 100, autoComplete: "given-name" },
          { kind: "input", name: "birthDate", label: "Date de naissance", type: "date", hint: "Par exemple 14/03/1985.", required: true, autoComplete: "bday" },
        ]}
      />
    </div>
  );
}
