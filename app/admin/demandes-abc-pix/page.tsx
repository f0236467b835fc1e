import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { listAccessRequests, parseStateFilter } from "@/lib/access-requests/list-access-requests";
import { STATE_LABELS, stateLabel } from "@/lib/access-requests/rules";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { formatDate, formatNumber } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: "Demandes d'accès à ABC Pix – Administration" };

type Props = { searchParams: Promise<{ q?: string; etat?: string; page?: string }> };

const FILTERS: { value: string; label: string }[] = [
  { value: "pending", label: STATE_LABELS.pending },
  { value: "approved", label: "Acceptées" },
  { value: "refused", label: "Refusées" },
  { value: "all", label: "Toutes" },
];

function pageHref(q: string, state: string, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  params.set("etat", state);
  if (page > 1) params.set("page", String(page));
  return `/admin/demandes-abc-pix?${params.toString()}`;
}

/** Staff: the ABC Pix access requests, searchable and filtered by state (pending by default). */
export default async function AccessRequestsPage({ searchParams }: Props) {
  const actor = await requireAdminOrNotFound("/admin/demandes-abc-pix");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 200) : "";
  const state = parseStateFilter(typeof sp.etat === "string" ? sp.etat : undefined);
  const { rows, total, page, pageCount } = await listAccessRequests(actor, { q, state, page: Number(sp.page) || 1 });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl">Demandes d&apos;accès à ABC Pix</h1>
      <form method="get" action="/admin/demandes-abc-pix" role="search" className="flex flex-wrap items-end gap-4 rounded-lg bg-white p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="recherche" className="font-semibold">
            Rechercher
          </label>
          <p id="recherche-aide" className="text-sm text-muted">
            Nom de la structure, SIRET, e-mail du contact ou référence
          </p>
          <input id="recherche" name="q" type="search" defaultValue={q} maxLength={200} aria-describedby="recherche-aide" className="min-h-11 rounded-md border-2 border-field px-3" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="etat" className="font-semibold">
            État
          </label>
          <select id="etat" name="etat" defaultValue={state} className="min-h-11 rounded-md border-2 border-field bg-white px-3">
            {FILTERS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary">Afficher</Button>
      </form>
      <p role="status">
        {total === 0 ? "Aucune demande ne correspond." : total === 1 ? "1 demande." : `${formatNumber(total)} demandes.`}
        {pageCount > 1 ? ` Page ${page} sur ${pageCount}.` : ""}
      </p>
      {rows.length > 0 ? (
        <table className="w-full rounded-lg bg-white text-left">
          <caption className="sr-only">Demandes d&apos;accès, les plus récentes d&apos;abord</caption>
          <thead>
            <tr>
              <th scope="col" className="p-2">Référence</th>
              <th scope="col" className="p-2">Structure</th>
              <th scope="col" className="p-2">SIRET</th>
              <th scope="col" className="p-2">Reçue le</th>
              <th scope="col" className="p-2">État</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-line">
                <th scope="row" className="p-2">
                  <Link href={`/admin/demandes-abc-pix/${r.id}`}>
                    {r.reference}
                    <span className="sr-only"> : voir la demande de {r.structureName}</span>
                  </Link>
                </th>
                <td className="p-2">
                  {r.structureName}
                  <span className="block text-sm text-muted">{r.city}</span>
                </td>
                <td className="p-2">{r.siret}</td>
                <td className="p-2">{formatDate(r.createdAt)}</td>
                <td className="p-2">{stateLabel(r.state)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {pageCount > 1 ? (
        <nav aria-label="Pages de résultats" className="flex gap-4">
          {page > 1 ? <Link href={pageHref(q, state, page - 1)}>Page précédente</Link> : null}
          {page < pageCount ? <Link href={pageHref(q, state, page + 1)}>Page suivante</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
