import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getSession } from "@/lib/certification/sessions/get-session";
import { updateSessionAction } from "../../../../actions";
import { orNotFound } from "../../../../page-guard";
import { sessionFields } from "../../../../session-fields";

export const metadata: Metadata = { title: "Modifier la session – Pix Certif" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ centerId: string; sessionId: string }> };

export default async function EditSessionPage({ params }: Props) {
  const { centerId, sessionId } = await params;
  const actor = await requireActorOrLogin(`/certif/${centerId}/sessions/${sessionId}/modifier`);
  const { session } = await orNotFound(getSession(actor, centerId, sessionId));
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <p>
        <Link href={`/certif/${centerId}/sessions/${sessionId}`}>Retour à la session</Link>
      </p>
      <h1 className="text-3xl">Modifier la session {session.number}</h1>
      {session.status === "created" ? (
        <ActionForm action={updateSessionAction} fields={sessionFields(centerId, session, sessionId)} submitLabel="Enregistrer" noValidate />
      ) : (
        <Alert tone="info">Cette session est finalisée : elle ne peut plus être modifiée.</Alert>
      )}
    </div>
  );
}
