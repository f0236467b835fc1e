import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/certif/page-guard";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getFinalisation } from "@/lib/certification/finalise/get-finalisation";
import { COURSE_STATE_LABELS } from "@/lib/certification/finalise/labels";
import { isoToFrench } from "@/lib/certification/sessions/dates";
import { finaliseAction } from "./actions";
import { FinalisationForm } from "./finalisation-form";

type Props = { params: Promise<{ centerId: string; sessionId: string }>; searchParams: Promise<{ finalisee?: string }> };

export const metadata: Metadata = { title: "Finaliser la session – Pix Certif" };

export default async function FinalisationPage({ params, searchParams }: Props) {
  const { centerId, sessionId } = await params;
  const sp = await searchParams;
  const actor = await requireActorOrLogin(`/certif/${centerId}/sessions/${sessionId}/finalisation`);
  const view = await orNotFound(getFinalisation(getDb(), actor, centerId, sessionId));
  const { session } = view;
  const finalised = session.status !== "created";
  const unfinished = view.candidates.flatMap((c) =>
    c.course?.unfinished ? [{ courseId: c.course.id, name: `${c.firstName} ${c.lastName}`, stateLabel: COURSE_STATE_LABELS[c.course.state] ?? c.course.state }] : [],
  );
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/certif/${centerId}/sessions/${sessionId}`}>Retour à la session</Link>
      </p>
      <h1 className="text-3xl">Finaliser la session {session.number}</h1>
      <p>
        {view.centerName} — {isoToFrench(session.date)} à {session.time}
      </p>
      {sp.finalisee && finalised ? <Alert tone="success">La session est finalisée. L&apos;équipe Pix va vérifier les résultats puis les publier.</Alert> : null}
      {finalised && !sp.finalisee ? (
        <Alert tone="info">{session.status === "published" ? "Cette session est finalisée et ses résultats sont publiés." : "Cette session est finalisée : elle attend la publication des résultats par l'équipe Pix."}</Alert>
      ) : null}
      <Card>
        <h2 className="mb-3 text-xl">Candidats</h2>
        {view.candidates.length === 0 ? (
          <p>Aucun candidat inscrit.</p>
        ) : (
          <table className="w-full text-left">
            <caption className="sr-only">Candidats de la session, état de leur test et incidents</caption>
            <thead>
              <tr>
                <th scope="col">Candidat</th>
                <th scope="col">État du test</th>
                <th scope="col">Incidents</th>
              </tr>
            </thead>
            <tbody>
              {view.candidates.map((c) => (
                <tr key={c.candidateId} className="border-t border-line align-top">
                  <th scope="row" className="py-2 font-normal">
                    {c.firstName} {c.lastName}
                  </th>
                  <td className="py-2">
                    {c.course ? (COURSE_STATE_LABELS[c.course.state] ?? c.course.state) : "Absent (n'a pas rejoint la session)"}
                    {c.course?.abortReason ? <span className="block text-sm">Raison : {c.course.abortReason}</span> : null}
                  </td>
                  <td className="py-2">
                    {c.incidents.length === 0 ? (
                      "Aucun"
                    ) : (
                      <ul>
                        {c.incidents.map((i) => (
                          <li key={i.id}>
                            {i.categoryLabel} : {i.description}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {session.examinerComment ? (
        <Card>
          <h2 className="mb-2 text-xl">Commentaire de l&apos;examinateur</h2>
          <p className="whitespace-pre-wrap">{session.examinerComment}</p>
        </Card>
      ) : null}
      {!finalised ? (
        <Card>
          <h2 className="mb-3 text-xl">Finalisation</h2>
          <FinalisationForm action={finaliseAction.bind(null, centerId, sessionId)} unfinished={unfinished} />
        </Card>
      ) : null}
    </div>
  );
}
