import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { checkCandidateEligibility, type CandidateEligibilityCheck } from "@/lib/certification/sessions/check-candidate-eligibility";
import { isoToFrench, longFrenchDate } from "@/lib/certification/sessions/dates";
import { getSession, type CandidateView } from "@/lib/certification/sessions/get-session";
import { sessionStatusLabel } from "@/lib/certification/sessions/labels";
import { addCandidateAction, removeCandidateAction } from "../../../actions";
import { ImportForm } from "../../../import-form";
import { orNotFound } from "../../../page-guard";

export const metadata: Metadata = { title: "Session de certification – Pix Certif" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ centerId: string; sessionId: string }>;
  searchParams: Promise<{ fait?: string; erreur?: string; importes?: string; verifier?: string }>;
};

const DONE: Record<string, string> = {
  creee: "La session est créée. Ajoutez maintenant ses candidats.",
  modifiee: "Les modifications sont enregistrées.",
  ajoute: "Le candidat est ajouté.",
  retire: "Le candidat est retiré de la session.",
};

function eligibilityText(c: CandidateView, check: CandidateEligibilityCheck | null): string {
  if (check) {
    if (check.status === "eligible") return "Éligible";
    if (check.status === "not-eligible") return `Pas éligible : ${check.reason}`;
    if (check.status === "no-email") return "Vérifiée le jour J (pas d'e-mail pour trouver son compte)";
    return "Vérifiée le jour J (aucun compte Pix avec cet e-mail)";
  }
  if (c.eligibility) return c.eligibility.eligible ? "Éligible" : `Pas éligible : ${c.eligibility.reason ?? ""}`;
  return "Vérifiée le jour J";
}

export default async function SessionPage({ params, searchParams }: Props) {
  const { centerId, sessionId } = await params;
  const sp = await searchParams;
  const base = `/certif/${centerId}/sessions/${sessionId}`;
  const actor = await requireActorOrLogin(base);
  const { center, session, candidates } = await orNotFound(getSession(actor, centerId, sessionId));
  const toCheck = sp.verifier && candidates.some((c) => c.id === sp.verifier) ? sp.verifier : null;
  const check = toCheck ? await orNotFound(checkCandidateEligibility(actor, centerId, sessionId, toCheck)) : null;
  const open = session.status === "created";
  const ids = (
    <>
      <input type="hidden" name="centerId" value={centerId} />
      <input type="hidden" name="sessionId" value={sessionId} />
    </>
  );
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/certif/${centerId}`}>Retour aux sessions</Link>
      </p>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">Pix Certif · {center.name}</p>
        <h1 className="text-3xl">Session {session.number}</h1>
      </div>
      {sp.fait && DONE[sp.fait] ? <Alert tone="success">{DONE[sp.fait]}</Alert> : null}
      {sp.importes ? <Alert tone="success">{`${Number(sp.importes) || 0} candidat(s) importé(s).`}</Alert> : null}
      {sp.erreur ? <Alert tone="error">{sp.erreur.slice(0, 300)}</Alert> : null}

      <Card>
        <h2 className="text-xl">Pour le jour de la session</h2>
        <dl className="mt-3 grid gap-4 sm:grid-cols-3">
          <div>
            <dt className="font-semibold">Numéro de session</dt>
            <dd className="font-mono text-4xl font-bold tracking-widest">{session.number}</dd>
          </div>
          <div>
            <dt className="font-semibold">Code d&apos;accès (pour les candidats)</dt>
            <dd className="font-mono text-4xl font-bold tracking-widest">{session.accessCode}</dd>
          </div>
          <div>
            <dt className="font-semibold">Mot de passe de surveillance</dt>
            <dd className="font-mono text-4xl font-bold tracking-widest">{session.invigilatorPassword}</dd>
          </div>
        </dl>
        <p className="mt-3">
          Le surveillant ouvre l&apos;<Link href="/certif/surveillance">espace surveillant</Link> avec le numéro de session et le mot de passe de surveillance.
        </p>
      </Card>

      <Card>
        <h2 className="text-xl">Informations</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Date</dt>
          <dd>
            {longFrenchDate(session.date)} à {session.time}
          </dd>
          <dt className="font-semibold">Adresse</dt>
          <dd>{session.address}</dd>
          <dt className="font-semibold">Salle</dt>
          <dd>{session.room}</dd>
          <dt className="font-semibold">Surveillant(e)</dt>
          <dd>{session.examiner}</dd>
          <dt className="font-semibold">Statut</dt>
          <dd>{sessionStatusLabel(session.status)}</dd>
          {session.description ? (
            <>
              <dt className="font-semibold">Description</dt>
              <dd>{session.description}</dd>
            </>
          ) : null}
        </dl>
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          {open ? <Link href={`${base}/modifier`}>Modifier les informations</Link> : null}
          {open ? <Link href={`${base}/finalisation`}>Finaliser la session</Link> : null}
          <a href={`${base}/emargement`} download>
            Télécharger la feuille d&apos;émargement (PDF)
          </a>
        </p>
      </Card>

      <section aria-labelledby="candidats" className="flex flex-col gap-4">
        <h2 id="candidats" className="text-2xl">
          Candidats ({candidates.length})
        </h2>
        {candidates.length === 0 ? (
          <p>Aucun candidat inscrit pour le moment.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Candidats inscrits à la session {session.number}</caption>
              <thead>
                <tr className="border-b-2 border-line">
                  <th scope="col" className="p-2">Nom et prénom</th>
                  <th scope="col" className="p-2">Date de naissance</th>
                  <th scope="col" className="p-2">Temps majoré</th>
                  <th scope="col" className="p-2">E-mail</th>
                  <th scope="col" className="p-2">Éligibilité</th>
                  <th scope="col" className="p-2">Actions</th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((c) => (
                  <tr key={c.id} className="border-b border-line align-top">
                    <th scope="row" className="p-2">
                      {c.lastName} {c.firstName}
                    </th>
                    <td className="p-2">{isoToFrench(c.birthDate)}</td>
                    <td className="p-2">{c.extraTimePercent ? `${c.extraTimePercent} %` : "Aucun"}</td>
                    <td className="p-2">{c.email ?? "—"}</td>
                    <td className="p-2">{eligibilityText(c, toCheck === c.id ? check : null)}</td>
                    <td className="p-2">
                      <div className="flex flex-col gap-2">
                        <form method="get" action={`${base}#candidats`}>
                          <input type="hidden" name="verifier" value={c.id} />
                          <Button variant="link" aria-label={`Vérifier l'éligibilité de ${c.firstName} ${c.lastName}`}>
                            Vérifier l&apos;éligibilité
                          </Button>
                        </form>
                        {open && !c.joined ? (
                          <form action={removeCandidateAction}>
                            {ids}
                            <input type="hidden" name="candidateId" value={c.id} />
                            <Button variant="link" aria-label={`Retirer ${c.firstName} ${c.lastName} de la session`}>
                              Retirer
                            </Button>
                          </form>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {open ? (
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
            <Card>
              <h3 className="text-xl">Ajouter un candidat</h3>
              <div className="mt-3">
                <ActionForm
                  action={addCandidateAction}
                  noValidate
                  submitLabel="Ajouter le candidat"
                  fields={[
                    { kind: "hidden", name: "centerId", value: centerId },
                    { kind: "hidden", name: "sessionId", value: sessionId },
                    { kind: "input", name: "lastName", label: "Nom", required: true, maxLength: 100, autoComplete: "off" },
                    { kind: "input", name: "firstName", label: "Prénom", required: true, maxLength: 100, autoComplete: "off" },
                    { kind: "input", name: "birthDate", label: "Date de naissance", required: true, hint: "Au format JJ/MM/AAAA, par exemple 14/03/1985.", autoComplete: "off" },
                    { kind: "input", name: "extraTimePercent", label: "Temps majoré (%)", type: "number", inputMode: "numeric", hint: "De 0 à 100, par exemple 33. Laissez vide s'il n'y en a pas." },
                    { kind: "input", name: "email", label: "E-mail (facultatif)", type: "email", autoComplete: "off", hint: "Pour vérifier l'éligibilité et envoyer le résultat." },
                  ]}
                />
              </div>
            </Card>
            <Card>
              <h3 className="text-xl">Importer une liste (CSV)</h3>
              <p className="mt-2">
                Remplissez le <a href={`${base}/candidats-modele.csv`} download>modèle de fichier CSV</a> (une ligne par candidat), puis importez-le. Si une
                ligne contient une erreur, aucun candidat n&apos;est importé : chaque erreur est indiquée avec son numéro de ligne.
              </p>
              <div className="mt-3">
                <ImportForm centerId={centerId} sessionId={sessionId} />
              </div>
            </Card>
          </div>
        ) : (
          <Alert tone="info">Cette session est finalisée : sa liste de candidats ne peut plus changer.</Alert>
        )}
      </section>
    </div>
  );
}
