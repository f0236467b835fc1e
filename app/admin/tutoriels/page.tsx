import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { listProposals, type ProposalForReview } from "@/lib/admin/tutorials/list-proposals";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { formatDate, formatNumber } from "@/lib/i18n/fr";
import { reviewProposalAction } from "./actions";

export const metadata: Metadata = { title: "Tutoriels proposés – Administration" };

type Props = { searchParams: Promise<{ message?: string; erreur?: string; erreurRaison?: string; proposition?: string }> };

const MESSAGES: Record<string, string> = {
  acceptee: "Le tutoriel est accepté : les apprenants le voient désormais avec les tutoriels de son acquis.",
  refusee: "Le tutoriel est refusé.",
  deja: "Cette proposition avait déjà reçu cette réponse : rien n'a changé.",
};

const STATE_TEXT = { pending: "En attente", accepted: "Accepté", rejected: "Refusé" } as const;

function ProposalDetails({ p }: { p: ProposalForReview }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">Proposé par</dt>
      <dd>
        {p.proposerFirstName ?? "Compte supprimé"}, le {formatDate(p.createdAt)}
      </dd>
      <dt className="font-semibold">Acquis</dt>
      <dd>{p.skill ? `${p.skill.name} (niveau ${p.skill.level}) — ${p.skill.tubeTitle}` : "Acquis retiré du référentiel"}</dd>
      <dt className="font-semibold">Compétence</dt>
      <dd>{p.competence ? `${p.competence.code} ${p.competence.name}` : "—"}</dd>
      {p.url ? (
        <>
          <dt className="font-semibold">Lien</dt>
          <dd className="break-all">
            <a href={p.url} rel="noopener noreferrer nofollow" target="_blank">
              {p.url}
              <span className="sr-only"> (nouvelle fenêtre)</span>
            </a>
          </dd>
        </>
      ) : null}
      {p.body ? (
        <>
          <dt className="font-semibold">Texte</dt>
          <dd className="whitespace-pre-line">{p.body}</dd>
        </>
      ) : null}
      <dt className="font-semibold">Pourquoi il aide</dt>
      <dd className="whitespace-pre-line">{p.why}</dd>
    </dl>
  );
}

/** The refusal reason (the shared TextArea has one fixed id; this page has one field per proposal). */
function ReasonField({ id, error }: { id: string; error?: string }) {
  const describedBy = error ? `${id}-aide ${id}-erreur` : `${id}-aide`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        Raison du refus
      </label>
      <p id={`${id}-aide`} className="text-sm text-muted">
        Obligatoire pour refuser. Elle reste dans l&apos;historique.
      </p>
      {error ? (
        <p id={`${id}-erreur`} className="text-sm font-semibold text-danger">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name="reason"
        maxLength={1000}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`min-h-24 rounded-md border-2 bg-white px-3 py-2 ${error ? "border-danger" : "border-field"}`}
      />
    </div>
  );
}

export default async function TutorialProposalsPage({ searchParams }: Props) {
  const actor = await requireAdminOrNotFound("/admin/tutoriels");
  const params = await searchParams;
  const { pending, reviewed } = await listProposals(actor);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">Tutoriels proposés</h1>
      <p>
        Des apprenants proposent des tutoriels. Acceptez ceux qui aident vraiment : ils seront montrés après les questions de leur acquis, avec la mention « Proposé par
        un utilisateur de Pix ». Pour refuser, donnez une raison.
      </p>
      {params.message && MESSAGES[params.message] ? <Alert tone="success">{MESSAGES[params.message]}</Alert> : null}
      {params.erreur ? <Alert tone="error">{params.erreur}</Alert> : null}
      <section aria-labelledby="en-attente" className="flex flex-col gap-4">
        <h2 id="en-attente" className="text-2xl">
          En attente ({formatNumber(pending.length)})
        </h2>
        {pending.length === 0 ? <p>Aucune proposition en attente.</p> : null}
        {pending.map((p) => {
          const reasonError = params.proposition === p.id ? params.erreurRaison : undefined;
          return (
            <article key={p.id} id={`proposition-${p.id}`} aria-labelledby={`titre-${p.id}`} className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
              <h3 id={`titre-${p.id}`} className="text-xl">
                {p.title}
              </h3>
              <ProposalDetails p={p} />
              <form action={reviewProposalAction}>
                <input type="hidden" name="proposalId" value={p.id} />
                <input type="hidden" name="decision" value="accept" />
                <Button aria-describedby={`titre-${p.id}`}>Accepter</Button>
              </form>
              <form action={reviewProposalAction} className="flex flex-col gap-2">
                <input type="hidden" name="proposalId" value={p.id} />
                <input type="hidden" name="decision" value="refuse" />
                <ReasonField id={`raison-${p.id}`} error={reasonError} />
                <div>
                  <Button variant="secondary" aria-describedby={`titre-${p.id}`}>
                    Refuser
                  </Button>
                </div>
              </form>
            </article>
          );
        })}
      </section>
      <section aria-labelledby="traitees" className="flex flex-col gap-4">
        <h2 id="traitees" className="text-2xl">
          Déjà traitées
        </h2>
        {reviewed.length === 0 ? <p>Aucune proposition traitée pour l&apos;instant.</p> : null}
        <ul className="flex flex-col gap-3">
          {reviewed.map((p) => (
            <li key={p.id} className="rounded-lg border border-line bg-white p-4">
              <p className="font-semibold">
                {p.title} — {STATE_TEXT[p.state]}
                {p.reviewedAt ? ` le ${formatDate(p.reviewedAt)}` : ""}
              </p>
              <p className="text-sm">
                {p.skill ? `Acquis ${p.skill.name}` : "Acquis retiré du référentiel"}
                {p.competence ? ` — ${p.competence.code} ${p.competence.name}` : ""}
              </p>
              {p.reviewComment ? <p className="text-sm">Raison : {p.reviewComment}</p> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
