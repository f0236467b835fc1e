import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { generalTargetProfiles } from "@/lib/admin/organisations/general-profiles";
import { getAdminOrganisation, type AdminOrganisation } from "@/lib/admin/organisations/get-organisation";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { formatDate, formatNumber } from "@/lib/i18n/fr";
import { ORGANISATION_TYPE_LABELS, organisationTypeLabel, roleLabel } from "@/lib/orga/labels";
import { addMemberAction, archiveOrganisationAction, updateOrganisationAction } from "../actions";
import { AddMemberForm } from "../add-member-form";
import { OrganisationForm } from "../organisation-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ fait?: string; erreur?: string }> };

const DONE: Record<string, string> = {
  creee: "L'organisation a été créée.",
  modifiee: "Les changements ont été enregistrés.",
  archivee: "L'organisation a été archivée : ses membres n'y ont plus accès dans Pix Orga.",
  reactivee: "L'organisation est de nouveau active : ses membres y ont de nouveau accès.",
  membre: "La personne a été ajoutée aux membres.",
  invitation: "Aucun compte n'utilise cette adresse : une invitation a été envoyée par e-mail. Son lien reste valable 7 jours.",
};

const cell = "border-b border-line p-2 text-left align-top";

async function load(id: string): Promise<AdminOrganisation> {
  const actor = await requireAdminOrNotFound(`/admin/organisations/${encodeURIComponent(id)}`);
  try {
    return await getAdminOrganisation(actor, id);
  } catch (e) {
    if (e instanceof NotFound) pageNotFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  try {
    const org = await load(id);
    return { title: `${org.name} – Organisations – Administration` };
  } catch {
    return { title: "Organisation – Administration" };
  }
}

export default async function OrganisationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { fait, erreur } = await searchParams;
  const org = await load(id);
  const done = fait ? DONE[fait] : undefined;
  return (
    <div className="flex flex-col gap-8">
      <p>
        <Link href="/admin/organisations">Retour à la liste des organisations</Link>
      </p>
      <h1 className="text-3xl">{org.name}</h1>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {erreur ? <Alert tone="error">{erreur.slice(0, 300)}</Alert> : null}

      <section aria-labelledby="titre-resume" className="flex flex-col gap-2">
        <h2 id="titre-resume" className="text-2xl">
          En bref
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">Type</dt>
          <dd>{organisationTypeLabel(org.type)}</dd>
          <dt className="font-semibold">SIRET</dt>
          <dd>{org.siret ?? "Non renseigné"}</dd>
          <dt className="font-semibold">Créée le</dt>
          <dd>{formatDate(org.createdAt)}</dd>
          <dt className="font-semibold">État</dt>
          <dd>{org.archivedAt ? `Archivée le ${formatDate(org.archivedAt)}` : "Active"}</dd>
          <dt className="font-semibold">Campagnes</dt>
          <dd>{formatNumber(org.campaignCount)}</dd>
          <dt className="font-semibold">Membres</dt>
          <dd>{formatNumber(org.members.length)}</dd>
        </dl>
      </section>

      <section aria-labelledby="titre-modifier" className="flex max-w-2xl flex-col gap-3">
        <h2 id="titre-modifier" className="text-2xl">
          Modifier l&apos;organisation
        </h2>
        <OrganisationForm
          action={updateOrganisationAction}
          orgId={org.id}
          defaults={{ name: org.name, type: org.type, siret: org.siret ?? "", hasAbcPixAccess: org.hasAbcPixAccess, targetProfileIds: org.targetProfileIds ?? null }}
          types={Object.entries(ORGANISATION_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
          profiles={generalTargetProfiles().map((p) => ({ id: p.id, name: p.name }))}
          submitLabel="Enregistrer les changements"
        />
      </section>

      <section aria-labelledby="titre-archive" className="flex max-w-2xl flex-col gap-3">
        <h2 id="titre-archive" className="text-2xl">
          {org.archivedAt ? "Réactiver l'organisation" : "Archiver l'organisation"}
        </h2>
        <p>
          {org.archivedAt
            ? "Ses membres retrouveront l'accès à l'organisation dans Pix Orga."
            : "Ses membres n'auront plus accès à l'organisation dans Pix Orga. Ses données sont gardées et vous pourrez la réactiver."}
        </p>
        <form action={archiveOrganisationAction}>
          <input type="hidden" name="orgId" value={org.id} />
          <input type="hidden" name="archived" value={org.archivedAt ? "non" : "oui"} />
          <Button variant={org.archivedAt ? "secondary" : "danger"}>{org.archivedAt ? "Réactiver l'organisation" : "Archiver l'organisation"}</Button>
        </form>
      </section>

      <section aria-labelledby="titre-membres" className="flex flex-col gap-3">
        <h2 id="titre-membres" className="text-2xl">
          Membres ({formatNumber(org.members.length)})
        </h2>
        {org.members.length === 0 ? (
          <p>Cette organisation n&apos;a pas encore de membre.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white">
              <caption className="sr-only">Membres de l&apos;organisation, avec leur rôle et leur date d&apos;arrivée</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>Nom</th>
                  <th scope="col" className={cell}>Adresse e-mail</th>
                  <th scope="col" className={cell}>Rôle</th>
                  <th scope="col" className={cell}>Membre depuis le</th>
                </tr>
              </thead>
              <tbody>
                {org.members.map((m) => (
                  <tr key={m.membershipId}>
                    <th scope="row" className={cell}>
                      <Link href={`/admin/utilisateurs/${m.userId}`}>
                        {m.firstName} {m.lastName}
                      </Link>
                    </th>
                    <td className={cell}>{m.email ?? "—"}</td>
                    <td className={cell}>{roleLabel(m.role)}</td>
                    <td className={cell}>{formatDate(m.since)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {org.pendingInvitations.length > 0 ? (
          <>
            <h3 className="text-xl">Invitations en attente</h3>
            <ul className="list-disc pl-6">
              {org.pendingInvitations.map((i) => (
                <li key={i.id}>
                  {i.email} ({roleLabel(i.role).toLowerCase()}), valable jusqu&apos;au {formatDate(i.expiresAt)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="titre-ajouter" className="flex max-w-2xl flex-col gap-3">
        <h2 id="titre-ajouter" className="text-2xl">
          Ajouter un membre
        </h2>
        <AddMemberForm action={addMemberAction} orgId={org.id} />
      </section>
    </div>
  );
}
