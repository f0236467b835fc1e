import type { Metadata } from "next";
import Link from "next/link";
import { Button, ButtonLink } from "@/components/ui/button";
import { listOrganisations } from "@/lib/admin/organisations/list-organisations";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { formatDate, formatNumber } from "@/lib/i18n/fr";
import { organisationTypeLabel } from "@/lib/orga/labels";

export const metadata: Metadata = { title: "Organisations – Administration" };

type Props = { searchParams: Promise<{ q?: string; statut?: string; page?: string }> };

const STATUSES = { actives: "active", archivees: "archived", toutes: "all" } as const;
const cell = "border-b border-line p-2 text-left align-top";

export default async function OrganisationsPage({ searchParams }: Props) {
  const actor = await requireAdminOrNotFound("/admin/organisations");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 200) : "";
  const statut = sp.statut && sp.statut in STATUSES ? (sp.statut as keyof typeof STATUSES) : "actives";
  const { rows, total, page, pageCount } = await listOrganisations(actor, { q, status: STATUSES[statut], page: Number(sp.page) || 1 });
  const pageHref = (p: number) => `/admin/organisations?${new URLSearchParams({ q, statut, page: String(p) }).toString()}`;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">Organisations</h1>
      <p>
        <ButtonLink href="/admin/organisations/nouvelle">Créer une organisation</ButtonLink>
      </p>
      <form method="get" action="/admin/organisations" role="search" aria-label="Chercher une organisation" className="flex flex-wrap items-end gap-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="champ-q" className="font-semibold">
            Nom ou SIRET
          </label>
          <input id="champ-q" name="q" type="search" defaultValue={q} maxLength={200} className="min-h-11 rounded-md border-2 border-field bg-white px-3 py-2" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="champ-statut" className="font-semibold">
            Organisations
          </label>
          <select id="champ-statut" name="statut" defaultValue={statut} className="min-h-11 rounded-md border-2 border-field bg-white px-3 py-2">
            <option value="actives">Actives</option>
            <option value="archivees">Archivées</option>
            <option value="toutes">Toutes</option>
          </select>
        </div>
        <Button variant="secondary">Chercher</Button>
      </form>
      <p role="status">{total === 0 ? "Aucune organisation ne correspond." : `${formatNumber(total)} organisation${total > 1 ? "s" : ""}.`}</p>
      {rows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white">
            <caption className="sr-only">Organisations, avec leur type, leur SIRET et leur nombre de membres</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>Nom</th>
                <th scope="col" className={cell}>Type</th>
                <th scope="col" className={cell}>SIRET</th>
                <th scope="col" className={cell}>Membres</th>
                <th scope="col" className={cell}>Créée le</th>
                <th scope="col" className={cell}>État</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id}>
                  <th scope="row" className={cell}>
                    <Link href={`/admin/organisations/${o.id}`}>{o.name}</Link>
                  </th>
                  <td className={cell}>{organisationTypeLabel(o.type)}</td>
                  <td className={cell}>{o.siret ?? "—"}</td>
                  <td className={cell}>{formatNumber(o.memberCount)}</td>
                  <td className={cell}>{formatDate(o.createdAt)}</td>
                  <td className={cell}>{o.archivedAt ? `Archivée le ${formatDate(o.archivedAt)}` : "Active"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pageCount > 1 ? (
        <nav aria-label="Pages de résultats" className="flex flex-wrap items-center gap-4">
          {page > 1 ? <Link href={pageHref(page - 1)}>Page précédente</Link> : null}
          <span>
            Page {page} sur {pageCount}
          </span>
          {page < pageCount ? <Link href={pageHref(page + 1)}>Page suivante</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
