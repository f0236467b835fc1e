import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { getStaffCertificate, staffCertificateStatus } from "@/lib/certification/certificates/search-certificates";
import { isoToFrench } from "@/lib/certification/sessions/dates";
import { NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { formatDate } from "@/lib/i18n/fr";
import { cancelCertificateAction } from "../actions";

export const metadata: Metadata = { title: "Certificat – Administration" };

type Props = { params: Promise<{ courseId: string }>; searchParams: Promise<{ fait?: string }> };

export default async function StaffCertificatePage({ params, searchParams }: Props) {
  const { courseId } = await params;
  const sp = await searchParams;
  const actor = await requireAdminOrNotFound(`/admin/certificats/${courseId}`);
  const c = await getStaffCertificate(getDb(), actor, courseId).catch((e) => {
    if (e instanceof NotFound) pageNotFound();
    throw e;
  });
  const cancellable = c.status === "validated" && c.verificationCode !== null && !c.cancelledAt;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/certificats">Rechercher un certificat</Link>
      </p>
      <h1 className="text-3xl">
        Certificat de {c.firstName} {c.lastName}
      </h1>
      {sp.fait === "annule" ? <Alert tone="success">Le certificat est annulé : la page de vérification l&apos;indique désormais.</Alert> : null}
      <Card>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Date de naissance</dt>
          <dd>{isoToFrench(c.birthDate)}</dd>
          <dt className="font-semibold">Session</dt>
          <dd>
            <Link href={`/admin/certification/${c.sessionId}`}>Session {c.sessionNumber}</Link> du {isoToFrench(c.sessionDate)}
          </dd>
          <dt className="font-semibold">Centre</dt>
          <dd>{c.centerName}</dd>
          <dt className="font-semibold">État</dt>
          <dd>{staffCertificateStatus(c)}</dd>
          <dt className="font-semibold">Score</dt>
          <dd>{c.status === "validated" ? `${c.pixScore ?? 0} Pix` : "—"}</dd>
          <dt className="font-semibold">Code de vérification</dt>
          <dd className="font-mono">{c.verificationCode ?? "—"}</dd>
          {c.cancelledAt ? (
            <>
              <dt className="font-semibold">Annulé le</dt>
              <dd>{formatDate(c.cancelledAt)}</dd>
              <dt className="font-semibold">Raison</dt>
              <dd className="whitespace-pre-wrap">{c.cancelReason}</dd>
            </>
          ) : null}
        </dl>
      </Card>
      {cancellable ? (
        <Card>
          <h2 className="mb-2 text-xl">Annuler le certificat</h2>
          <p className="mb-4">
            Le certificat n&apos;aura plus aucune valeur : la page de vérification dira qu&apos;il est annulé, sans score, et le candidat le verra dans
            ses certifications. Cette action ne peut pas être défaite ici.
          </p>
          <ActionForm
            action={cancelCertificateAction}
            noValidate
            variant="danger"
            submitLabel="Annuler le certificat"
            fields={[
              { kind: "hidden", name: "courseId", value: c.courseId },
              { kind: "textarea", name: "reason", label: "Raison de l'annulation", hint: "Entre 10 et 500 caractères. Elle est gardée dans le journal des actions.", required: true, maxLength: 500 },
            ]}
          />
        </Card>
      ) : null}
    </div>
  );
}
