import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { isoToFrench } from "@/lib/certification/sessions/dates";
import { sessionStatusLabel } from "@/lib/certification/sessions/labels";
import { listSessions } from "@/lib/certification/sessions/list-sessions";
import { orNotFound } from "../page-guard";

export const metadata: Metadata = { title: "Sessions – Pix Certif" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ centerId: string }> };

export default async function CenterSessionsPage({ params }: Props) {
  const { centerId } = await params;
  const actor = await requireActorOrLogin(`/certif/${centerId}`);
  const { center, sessions } = await orNotFound(listSessions(actor, centerId));
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">Pix Certif · {center.name}</p>
        <h1 className="text-3xl">Sessions de certification</h1>
      </div>
      {center.approved ? (
        <div>
          <ButtonLink href={`/certif/${centerId}/sessions/nouvelle`}>Créer une session</ButtonLink>
        </div>
      ) : (
        <Alert tone="warning">En attente de validation par l&apos;équipe Pix : ce centre ne peut pas encore organiser de sessions.</Alert>
      )}
      {sessions.length === 0 ? (
        <p>Aucune session pour le moment.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Sessions du centre, de la plus récente à la plus ancienne</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="p-2">N° de session</th>
                <th scope="col" className="p-2">Date</th>
                <th scope="col" className="p-2">Heure</th>
                <th scope="col" className="p-2">Salle</th>
                <th scope="col" className="p-2">Statut</th>
                <th scope="col" className="p-2">Candidats</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id} className="border-b border-line">
                  <th scope="row" className="p-2">
                    <Link href={`/certif/${centerId}/sessions/${s.id}`}>Session {s.number}</Link>
                  </th>
                  <td className="p-2">{isoToFrench(s.date)}</td>
                  <td className="p-2">{s.time}</td>
                  <td className="p-2">{s.room}</td>
                  <td className="p-2">{sessionStatusLabel(s.status)}</td>
                  <td className="p-2">{s.candidateCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
