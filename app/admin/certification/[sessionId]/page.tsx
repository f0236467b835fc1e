import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { COURSE_STATE_LABELS, OUTCOME_LABELS } from "@/lib/certification/finalise/labels";
import { getSessionResults } from "@/lib/certification/publish/get-session-results";
import { isoToFrench } from "@/lib/certification/sessions/dates";
import { NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { formatDate } from "@/lib/i18n/fr";
import { overruleAction, publishAction, unpublishAction } from "../actions";

export const metadata: Metadata = { title: "Résultats de la session – Administration" };

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<{ erreur?: string; message?: string }> };

const MESSAGES: Record<string, string> = {
  publiee: "La session est publiée : les candidats validés ont leur certificat et les candidats ont été prévenus par e-mail.",
  depubliee: "La publication est retirée : les certificats de la session ne sont plus visibles. Leurs codes de vérification sont gardés pour une nouvelle publication.",
  "neutralisation-annulee": "La neutralisation est annulée : le résultat du candidat a été recalculé.",
};

export default async function SessionResultsPage({ params, searchParams }: Props) {
  const { sessionId } = await params;
  const sp = await searchParams;
  const actor = await requireAdminOrNotFound(`/admin/certification/${sessionId}`);
  const view = await getSessionResults(getDb(), actor, sessionId).catch((e) => {
    if (e instanceof NotFound) pageNotFound();
    throw e;
  });
  const { session } = view;
  const published = session.status === "published";
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/certification">Certifications à publier</Link>
      </p>
      <h1 className="text-3xl">Session {session.number}</h1>
      <p>
        {view.centerName} — {isoToFrench(session.date)} — {published ? "résultats publiés" : "finalisée, en attente de publication"}
      </p>
      {sp.erreur ? <Alert tone="error">{sp.erreur}</Alert> : null}
      {sp.message && MESSAGES[sp.message] ? <Alert tone="success">{MESSAGES[sp.message]}</Alert> : null}
      {session.examinerComment ? (
        <Card>
          <h2 className="mb-2 text-xl">Commentaire de l&apos;examinateur</h2>
          <p className="whitespace-pre-wrap">{session.examinerComment}</p>
        </Card>
      ) : null}
      {view.candidates.map((c) => (
        <Card key={c.candidateId}>
          <h2 className="mb-2 text-xl">
            {c.firstName} {c.lastName}
          </h2>
          {!c.course ? (
            <p>Absent : n&apos;a pas rejoint la session.</p>
          ) : (
            <div className="flex flex-col gap-3">
              <p>
                {COURSE_STATE_LABELS[c.course.state] ?? c.course.state}
                {c.course.abortReason ? ` — raison : ${c.course.abortReason}` : ""}
              </p>
              <p className="font-semibold">
                {c.course.status === "validated" ? `Validée : ${c.course.pixScore ?? 0} Pix` : "Rejetée"} — taux de reproductibilité :{" "}
                {c.course.reproducibilityPercent === null ? "non calculable" : `${c.course.reproducibilityPercent} %`}
                {c.course.verificationCode ? ` — code ${c.course.verificationCode}` : ""}
                {c.course.cancelledAt ? ` — certificat annulé le ${formatDate(c.course.cancelledAt)}` : ""}
              </p>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Résultat par compétence de {c.firstName} {c.lastName}</caption>
                <thead>
                  <tr>
                    <th scope="col">Compétence</th>
                    <th scope="col">Niveau du profil</th>
                    <th scope="col">Bonnes réponses</th>
                    <th scope="col">Résultat</th>
                    <th scope="col">Niveau certifié</th>
                  </tr>
                </thead>
                <tbody>
                  {c.course.competences.map((k) => (
                    <tr key={k.competenceId} className="border-t border-line">
                      <th scope="row" className="font-normal">
                        {k.code} {k.name}
                      </th>
                      <td>{k.profileLevel}</td>
                      <td>
                        {k.k} sur {k.n}
                      </td>
                      <td>{OUTCOME_LABELS[k.outcome] ?? k.outcome}</td>
                      <td>
                        {k.level} ({k.pix} Pix)
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h3 className="text-lg">Incidents</h3>
              {c.incidents.length === 0 ? (
                <p>Aucun incident.</p>
              ) : (
                <ul className="flex flex-col gap-2">
                  {c.incidents.map((i) => (
                    <li key={i.id}>
                      {i.categoryLabel} : {i.description}
                      {i.challengeId ? ` (question ${i.challengeId})` : ""}
                      {i.neutralises ? (i.overruledAt ? " — neutralisation annulée" : " — question neutralisée") : ""}
                      {i.neutralises && !i.overruledAt && !published ? (
                        <form action={overruleAction} className="mt-1">
                          <input type="hidden" name="sessionId" value={session.id} />
                          <input type="hidden" name="incidentId" value={i.id} />
                          <Button variant="secondary">Annuler la neutralisation</Button>
                        </form>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </Card>
      ))}
      {!published ? (
        <form action={publishAction}>
          <input type="hidden" name="sessionId" value={session.id} />
          <Button>Publier la session</Button>
        </form>
      ) : (
        <Card>
          <h2 className="mb-2 text-xl">Retirer la publication</h2>
          <p className="mb-4">
            La session redevient « finalisée » : ses certificats ne sont plus visibles, ni par les candidats ni sur la page de vérification. Les codes de
            vérification sont gardés : une nouvelle publication redonne les mêmes codes et prévient de nouveau les candidats par e-mail.
          </p>
          <ActionForm
            action={unpublishAction}
            noValidate
            variant="danger"
            submitLabel="Retirer la publication"
            fields={[
              { kind: "hidden", name: "sessionId", value: session.id },
              { kind: "textarea", name: "reason", label: "Raison du retrait", hint: "Entre 10 et 500 caractères. Elle est gardée dans le journal des actions.", required: true, maxLength: 500 },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
