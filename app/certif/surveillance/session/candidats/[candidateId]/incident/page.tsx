import type { Metadata } from "next";
import Link from "next/link";
import { IncidentForm } from "@/components/certification/invigilation/incident-form";
import { INCIDENT_DESCRIPTION_MAX, INCIDENT_FORM_CHOICES } from "@/lib/certification/invigilation/schemas";
import { INCIDENT_CATEGORY_LABELS } from "@/lib/certification/rules";
import { formatTime } from "@/lib/i18n/fr";
import { reportIncidentAction } from "../../../../actions";

import { requireInvigilatedCandidate } from "../../../../invigilator-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Signaler un incident – Surveillance – Pix Certif" };

export default async function IncidentPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const { candidate: c } = await requireInvigilatedCandidate(candidateId);
  const name = `${c.firstName} ${c.lastName}`;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <p>
        <Link href={`/certif/surveillance/session#candidat-${c.id}`} prefetch={false}>
          Revenir à la liste des candidats
        </Link>
      </p>
      <h1 className="text-3xl">Signaler un incident : {name}</h1>
      {c.courseId ? (
        <IncidentForm action={reportIncidentAction} candidateId={c.id} categories={INCIDENT_FORM_CHOICES} questions={c.servedQuestions} maxLength={INCIDENT_DESCRIPTION_MAX} />
      ) : (
        <p>Ce candidat n&apos;a pas encore rejoint la session : un incident ne peut être signalé qu&apos;une fois qu&apos;il s&apos;est connecté.</p>
      )}
      <section aria-labelledby="titre-incidents" className="flex flex-col gap-2">
        <h2 id="titre-incidents" className="text-2xl">
          Incidents déjà signalés
        </h2>
        {c.incidents.length === 0 ? (
          <p>Aucun incident pour ce candidat.</p>
        ) : (
          <ul className="list-disc pl-6">
            {c.incidents.map((i) => (
              <li key={i.id}>
                {formatTime(i.createdAt)} – {INCIDENT_CATEGORY_LABELS[i.category] ?? i.category}
                {i.question ? ` (question ${i.question})` : ""} : {i.description}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
