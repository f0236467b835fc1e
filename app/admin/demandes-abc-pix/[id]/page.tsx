import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { getAccessRequest } from "@/lib/access-requests/get-access-request";
import { audienceLabel, peoplePerYearLabel, stateLabel } from "@/lib/access-requests/rules";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { formatDateTime } from "@/lib/i18n/fr";
import { organisationTypeLabel } from "@/lib/orga/labels";
import { approveAccessRequestAction, refuseAccessRequestAction } from "../actions";
import { ApproveForm } from "./approve-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ fait?: string }> };

export const metadata: Metadata = { title: "Demande d'accès à ABC Pix – Administration" };

const DONE: Record<string, string> = {
  acceptee: "La demande est acceptée. La structure a accès à ABC Pix et la personne à contacter a reçu une invitation par e-mail.",
  "acceptee-membre": "La demande est acceptée. La personne à contacter fait déjà partie de la structure : elle a été prévenue par e-mail, sans invitation.",
  refusee: "La demande est refusée. La personne à contacter a reçu la raison par e-mail.",
};

/** Not a success: the decision was already taken (a second click, or a colleague). */
const ALREADY_DONE = "Cette demande a déjà été traitée. Rien n'a été changé.";

const ACTIONS: Record<string, string> = {
  "abc_pix_request.submitted": "Demande envoyée",
  "abc_pix_request.approved": "Demande acceptée",
  "abc_pix_request.refused": "Demande refusée",
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1 sm:flex-row sm:gap-4">
      <dt className="font-semibold sm:w-56">{label}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}

/** Staff: one access request, its history, the matching organisation, and the two decisions. */
export default async function AccessRequestPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireAdminOrNotFound(`/admin/demandes-abc-pix/${encodeURIComponent(id)}`);
  const detail = await getAccessRequest(actor, id).catch((e: unknown) => {
    if (e instanceof NotFound) pageNotFound();
    throw e;
  });
  const { fait } = await searchParams;
  const r = detail.request;
  const done = fait ? DONE[fait] : undefined;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/demandes-abc-pix">Retour aux demandes d&apos;accès</Link>
      </p>
      <h1 className="text-3xl">
        Demande {r.reference} : {r.structureName}
      </h1>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {fait === "deja-traitee" ? <Alert tone="info">{ALREADY_DONE}</Alert> : null}
      <p>
        <strong>État : {stateLabel(r.state)}</strong>
        {r.reviewedAt ? ` (le ${formatDateTime(r.reviewedAt)}${detail.reviewerName ? `, par ${detail.reviewerName}` : ""})` : ""}
      </p>
      {r.state === "refused" && r.refusalReason ? <Alert tone="info" title="Raison du refus">{r.refusalReason}</Alert> : null}
      {detail.approvedOrganisation ? (
        <p>
          Structure ayant reçu l&apos;accès : <Link href={`/orga/${detail.approvedOrganisation.id}`}>{detail.approvedOrganisation.name}</Link>
        </p>
      ) : null}

      <section className="flex flex-col gap-3 rounded-lg bg-white p-4" aria-labelledby="structure">
        <h2 id="structure" className="text-xl">La structure</h2>
        <dl className="flex flex-col gap-2">
          <Row label="Nom">{r.structureName}</Row>
          <Row label="SIRET">{r.siret}</Row>
          <Row label="Type">{organisationTypeLabel(r.structureType)}</Row>
          <Row label="Adresse">{`${r.address}\n${r.postalCode} ${r.city}`}</Row>
        </dl>
        {detail.sameSiret ? (
          <Alert tone="warning" title="Une structure a déjà ce SIRET">
            « {detail.sameSiret.name} » ({organisationTypeLabel(detail.sameSiret.type)}) —{" "}
            {detail.sameSiret.hasAbcPixAccess ? "elle a déjà accès à ABC Pix" : "elle n'a pas encore accès à ABC Pix"}
            {detail.sameSiret.archived ? ", elle est archivée" : ""}. En acceptant, c&apos;est elle qui reçoit l&apos;accès.
          </Alert>
        ) : (
          <p>Aucune structure n&apos;a ce SIRET sur Pix Orga.</p>
        )}
      </section>

      <section className="flex flex-col gap-3 rounded-lg bg-white p-4" aria-labelledby="contact">
        <h2 id="contact" className="text-xl">La personne à contacter</h2>
        <dl className="flex flex-col gap-2">
          <Row label="Nom">{`${r.contactFirstName} ${r.contactLastName}`}</Row>
          <Row label="Fonction">{r.contactRole}</Row>
          <Row label="Adresse e-mail">{r.contactEmail}</Row>
          <Row label="Téléphone">{r.contactPhone ?? "Non indiqué"}</Row>
        </dl>
      </section>

      <section className="flex flex-col gap-3 rounded-lg bg-white p-4" aria-labelledby="projet">
        <h2 id="projet" className="text-xl">Le projet</h2>
        <dl className="flex flex-col gap-2">
          <Row label="Publics accueillis">{r.audiences.map(audienceLabel).join(", ")}</Row>
          <Row label="Personnes par an">{peoplePerYearLabel(r.peoplePerYear)}</Row>
          <Row label="Motivation">{r.motivation}</Row>
          <Row label="Reçue le">{formatDateTime(r.createdAt)}</Row>
        </dl>
      </section>

      {r.state === "pending" ? (
        <>
          <section className="flex flex-col gap-3 rounded-lg bg-white p-4" aria-labelledby="accepter">
            <h2 id="accepter" className="text-xl">Accepter la demande</h2>
            <p>
              {detail.sameSiret
                ? "La structure existante reçoit l'accès à ABC Pix."
                : "Une structure est créée avec ce nom, ce type et ce SIRET, avec l'accès à ABC Pix (sauf si vous choisissez une structure existante)."}{" "}
              La personne à contacter est invitée comme administrateur, par e-mail.
            </p>
            <ApproveForm
              action={approveAccessRequestAction}
              requestId={r.id}
              allowNew={!detail.sameSiret}
              candidates={detail.candidates.map((c) => ({ id: c.id, label: `${c.name} (${organisationTypeLabel(c.type)}${c.siret ? `, SIRET ${c.siret}` : ""})` }))}
            />
          </section>
          <section className="flex flex-col gap-3 rounded-lg bg-white p-4" aria-labelledby="refuser">
            <h2 id="refuser" className="text-xl">Refuser la demande</h2>
            <p>La raison est envoyée telle quelle par e-mail à la personne à contacter : écrivez-la simplement.</p>
            <ActionForm
              action={refuseAccessRequestAction}
              submitLabel="Refuser la demande"
              variant="danger"
              fields={[
                { kind: "hidden", name: "id", value: r.id },
                { kind: "textarea", name: "reason", label: "Raison du refus", hint: "Entre 10 et 1 000 caractères.", required: true, maxLength: 1000 },
              ]}
            />
          </section>
        </>
      ) : null}

      <section className="flex flex-col gap-3" aria-labelledby="historique">
        <h2 id="historique" className="text-xl">Historique</h2>
        {detail.history.length === 0 ? (
          <p>Aucun événement enregistré.</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {detail.history.map((h) => (
              <li key={h.id}>
                <strong>{formatDateTime(h.createdAt)}</strong> : {ACTIONS[h.action] ?? h.action}
                {h.actorName ? `, par ${h.actorName}` : h.action === "abc_pix_request.submitted" ? ", par le formulaire public" : ""}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
