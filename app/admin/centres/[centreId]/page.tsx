import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { getCentre } from "@/lib/admin/centres/get-centre";
import { centreStateLabel } from "@/lib/admin/centres/list-centres";
import { CENTRE_TYPE_LABELS, type CentreType } from "@/lib/admin/centres/schemas";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { formatDate } from "@/lib/i18n/fr";
import { addCentreMemberAction, approveCentreAction, archiveCentreAction, removeCentreMemberAction } from "../actions";

export const metadata: Metadata = { title: "Centre de certification – Administration" };

type Props = { params: Promise<{ centreId: string }>; searchParams: Promise<{ fait?: string; erreur?: string }> };

const DONE: Record<string, string> = {
  cree: "Le centre est créé. Validez-le pour qu'il puisse organiser des sessions.",
  modifie: "Les informations du centre sont enregistrées.",
  valide: "Le centre est validé : il peut maintenant organiser des sessions.",
  archive: "Le centre est archivé : son équipe n'y a plus accès.",
  desarchive: "Le centre n'est plus archivé.",
  "membre-ajoute": "La personne fait maintenant partie de l'équipe du centre.",
  "deja-membre": "Cette personne faisait déjà partie de l'équipe du centre.",
  "membre-retire": "La personne a été retirée de l'équipe du centre.",
};

const cell = "border-t border-line p-2 text-left align-top";

export default async function CentrePage({ params, searchParams }: Props) {
  const { centreId } = await params;
  const sp = await searchParams;
  const actor = await requireAdminOrNotFound(`/admin/centres/${centreId}`);
  const { centre, members } = await getCentre(getDb(), actor, centreId).catch((e) => {
    if (e instanceof NotFound) pageNotFound();
    throw e;
  });
  const done = sp.fait ? DONE[sp.fait] : undefined;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/centres">Centres de certification</Link>
      </p>
      <h1 className="text-3xl">{centre.name}</h1>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {typeof sp.erreur === "string" ? <Alert tone="error">{sp.erreur.slice(0, 300)}</Alert> : null}
      <Card>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Type</dt>
          <dd>{CENTRE_TYPE_LABELS[centre.type as CentreType] ?? centre.type}</dd>
          <dt className="font-semibold">Ville</dt>
          <dd>{centre.city ?? "—"}</dd>
          <dt className="font-semibold">État</dt>
          <dd>
            {centreStateLabel(centre)}
            {centre.approvedAt ? ` (validé le ${formatDate(centre.approvedAt)})` : ""}
            {centre.archivedAt ? ` (archivé le ${formatDate(centre.archivedAt)})` : ""}
          </dd>
          <dt className="font-semibold">Créé le</dt>
          <dd>{formatDate(centre.createdAt)}</dd>
        </dl>
        <p className="mt-4">
          <Link href={`/admin/centres/${centre.id}/modifier`}>Modifier le nom, le type ou la ville</Link>
        </p>
      </Card>
      <div className="flex flex-wrap gap-4">
        {!centre.approvedAt && !centre.archivedAt ? (
          <form action={approveCentreAction}>
            <input type="hidden" name="centreId" value={centre.id} />
            <Button>Valider le centre</Button>
          </form>
        ) : null}
        <form action={archiveCentreAction}>
          <input type="hidden" name="centreId" value={centre.id} />
          <input type="hidden" name="archived" value={centre.archivedAt ? "0" : "1"} />
          <Button variant="secondary">{centre.archivedAt ? "Désarchiver le centre" : "Archiver le centre"}</Button>
        </form>
      </div>

      <section aria-labelledby="titre-equipe" className="flex flex-col gap-3">
        <h2 id="titre-equipe" className="text-2xl">
          Équipe du centre ({members.length})
        </h2>
        {members.length === 0 ? (
          <p>Personne ne fait encore partie de l&apos;équipe de ce centre.</p>
        ) : (
          <table className="w-full rounded-lg bg-white">
            <caption className="sr-only">Les personnes de l&apos;équipe du centre</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>Nom</th>
                <th scope="col" className={cell}>Adresse e-mail</th>
                <th scope="col" className={cell}>Depuis le</th>
                <th scope="col" className={cell}>Action</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => {
                const name = `${m.firstName} ${m.lastName}`.trim();
                return (
                  <tr key={m.membershipId}>
                    <th scope="row" className={cell}>{name}</th>
                    <td className={`${cell} break-all`}>{m.email ?? "—"}</td>
                    <td className={cell}>{formatDate(m.since)}</td>
                    <td className={cell}>
                      <form action={removeCentreMemberAction}>
                        <input type="hidden" name="centreId" value={centre.id} />
                        <input type="hidden" name="membershipId" value={m.membershipId} />
                        <Button variant="secondary">
                          Retirer<span className="sr-only"> {name}</span> de l&apos;équipe
                        </Button>
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <Card>
          <h3 className="mb-2 text-xl">Ajouter une personne à l&apos;équipe</h3>
          <p className="mb-4">La personne doit déjà avoir un compte Pix. Saisissez l&apos;adresse e-mail de ce compte.</p>
          <ActionForm
            action={addCentreMemberAction}
            noValidate
            submitLabel="Ajouter à l'équipe"
            fields={[
              { kind: "hidden", name: "centreId", value: centre.id },
              { kind: "input", name: "email", label: "Adresse e-mail du compte Pix", type: "email", hint: "Par exemple : nom@exemple.fr", autoComplete: "off", required: true, maxLength: 254 },
            ]}
          />
        </Card>
      </section>
    </div>
  );
}
