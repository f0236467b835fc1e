import type { Metadata } from "next";
import Link from "next/link";
import { AutoRefresh } from "@/components/orga/auto-refresh";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CANDIDATE_STATUS_LABELS, getInvigilation, UNFINISHED_STATES, type InvigilatedCandidate } from "@/lib/certification/invigilation/get-invigilation";
import { longFrenchDate } from "@/lib/certification/sessions/dates";
import { INCIDENT_CATEGORY_LABELS } from "@/lib/certification/rules";
import { getDb } from "@/db/client";
import { formatTime } from "@/lib/i18n/fr";
import { authoriseResumeAction, authoriseStartAction, invigilatorLogoutAction } from "../actions";
import { requireInvigilator } from "../invigilator-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Candidats de la session – Surveillance – Pix Certif" };

type Search = Promise<{ fait?: string; erreur?: string; candidat?: string }>;

const DONE: Record<string, (name: string) => string> = {
  autorise: (n) => `${n} est autorisé à commencer son test.`,
  reprise: (n) => `${n} peut reprendre son test.`,
  termine: (n) => `Le test de ${n} est terminé.`,
  incident: (n) => `L'incident concernant ${n} est enregistré.`,
};
const ERRORS: Record<string, string> = {
  introuvable: "Ce candidat n'est pas inscrit à cette session.",
  etat: "Cette action n'est plus possible : l'état du test a changé. Voici la situation à jour.",
  formulaire: "L'action n'a pas pu être faite. Réessayez.",
};

function minutesInWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h ${String(m).padStart(2, "0")}` : `${m} min`;
}

function CandidateCard({ c }: { c: InvigilatedCandidate }) {
  const name = `${c.firstName} ${c.lastName}`;
  const base = `/certif/surveillance/session/candidats/${c.id}`;
  const unfinished = (UNFINISHED_STATES as readonly (string | null)[]).includes(c.state);
  const titleId = `nom-${c.id}`;
  return (
    <li id={`candidat-${c.id}`} aria-labelledby={titleId} className="flex flex-col gap-3 rounded-lg border-2 border-line bg-white p-4">
      <h2 id={titleId} className="text-xl">
        {name}
      </h2>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">État</dt>
        <dd>{CANDIDATE_STATUS_LABELS[c.status]}</dd>
        <dt className="font-semibold">Durée du test</dt>
        <dd>
          {minutesInWords(c.minutes)}
          {c.extraTimePercent ? ` (dont tiers-temps de ${c.extraTimePercent} %)` : ""}
        </dd>
        <dt className="font-semibold">Début</dt>
        <dd>{c.startedAt ? formatTime(c.startedAt) : "Pas encore commencé"}</dd>
        <dt className="font-semibold">Fin prévue</dt>
        <dd>{c.endsAt ? formatTime(c.endsAt) : "—"}</dd>
        <dt className="font-semibold">Questions répondues</dt>
        <dd>{c.total ? `${c.answered} sur ${c.total}` : "—"}</dd>
      </dl>
      {c.incidents.length ? (
        <div>
          <h3 className="text-lg">Incidents signalés ({c.incidents.length})</h3>
          <ul className="list-disc pl-6">
            {c.incidents.map((i) => (
              <li key={i.id}>
                {formatTime(i.createdAt)} – {INCIDENT_CATEGORY_LABELS[i.category] ?? i.category}
                {i.question ? ` (question ${i.question})` : ""} : {i.description}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {c.status === "waiting" ? (
          <form action={authoriseStartAction}>
            <input type="hidden" name="candidateId" value={c.id} />
            <Button aria-describedby={titleId}>Autoriser à commencer</Button>
          </form>
        ) : null}
        {c.status === "paused" ? (
          <form action={authoriseResumeAction}>
            <input type="hidden" name="candidateId" value={c.id} />
            <Button aria-describedby={titleId}>Autoriser la reprise</Button>
          </form>
        ) : null}
        {c.courseId ? (
          <ButtonLink href={`${base}/incident`} variant="secondary" prefetch={false} aria-describedby={titleId}>
            Signaler un incident
          </ButtonLink>
        ) : null}
        {unfinished ? (
          <ButtonLink href={`${base}/terminer`} variant="danger" prefetch={false} aria-describedby={titleId}>
            Terminer le test
          </ButtonLink>
        ) : null}
      </div>
    </li>
  );
}

export default async function InvigilationPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const invigilator = await requireInvigilator();
  const view = await getInvigilation(getDb(), invigilator, new Date());
  const s = view.session;
  const flashFor = view.candidates.find((c) => c.id === params.candidat);
  const done = params.fait && flashFor ? DONE[params.fait]?.(`${flashFor.firstName} ${flashFor.lastName}`) : null;
  const error = params.erreur ? ERRORS[params.erreur] : null;
  const joined = view.candidates.filter((c) => c.status !== "absent").length;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <h1 className="text-3xl">Session {s.number}</h1>
          <p>
            {longFrenchDate(s.date)} à {s.time.replace(":", " h ")} – salle {s.room}
          </p>
          <p>
            {s.centerName}, {s.address}
          </p>
        </div>
        <form action={invigilatorLogoutAction}>
          <Button variant="secondary">Se déconnecter</Button>
        </form>
      </div>
      {done ? (
        <Alert tone="success" id="message">
          {done}
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="error" id="message">
          {error}
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <p>
          Page mise à jour à {formatTime(view.now)}. {joined} candidat{joined > 1 ? "s" : ""} arrivé{joined > 1 ? "s" : ""} sur {view.candidates.length}.
        </p>
        <Link href="/certif/surveillance/session" prefetch={false} className="font-semibold">
          Actualiser
        </Link>
        <AutoRefresh seconds={15} />
      </div>
      {view.candidates.length === 0 ? (
        <Card>
          <p>Aucun candidat n&apos;est inscrit à cette session.</p>
        </Card>
      ) : (
        <ul aria-label="Candidats de la session" className="grid gap-4 lg:grid-cols-2">
          {view.candidates.map((c) => (
            <CandidateCard key={c.id} c={c} />
          ))}
        </ul>
      )}
    </div>
  );
}
