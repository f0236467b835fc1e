import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { listSessions } from "@/lib/certification/sessions/list-sessions";
import { createSessionAction } from "../../../actions";
import { orNotFound } from "../../../page-guard";
import { sessionFields } from "../../../session-fields";

export const metadata: Metadata = { title: "Créer une session – Pix Certif" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ centerId: string }> };

export default async function NewSessionPage({ params }: Props) {
  const { centerId } = await params;
  const actor = await requireActorOrLogin(`/certif/${centerId}/sessions/nouvelle`);
  const { center } = await orNotFound(listSessions(actor, centerId));
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <p>
        <Link href={`/certif/${centerId}`}>Retour aux sessions</Link>
      </p>
      <h1 className="text-3xl">Créer une session</h1>
      <p>Centre : {center.name}. Les champs marqués d&apos;une étoile (*) sont obligatoires.</p>
      {center.approved ? (
        <ActionForm action={createSessionAction} fields={sessionFields(centerId)} submitLabel="Créer la session" noValidate />
      ) : (
        <Alert tone="warning">En attente de validation par l&apos;équipe Pix : ce centre ne peut pas encore organiser de sessions.</Alert>
      )}
    </div>
  );
}
