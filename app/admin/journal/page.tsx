import type { Metadata } from "next";
import Link from "next/link";
import { auditFilterSchema, listAuditLog, listAuditTargetTypes, type AuditFilter } from "@/lib/admin/audit/list-audit-log";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { formatDateTime } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: "Journal des actions – Administration" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const INPUT = "min-h-11 rounded-md border-2 border-field bg-white px-3 py-2";

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function pageHref(filter: AuditFilter, apres: string): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, apres })) if (v) params.set(k, v);
  return `/admin/journal?${params}`;
}

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-muted">—</span>;
  return <pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-words text-sm">{JSON.stringify(value, null, 2)}</pre>;
}

export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await requireAdminOrNotFound("/admin/journal");
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, first(v) || undefined])));
  const [{ rows, next }, types] = await Promise.all([listAuditLog(actor, filter), listAuditTargetTypes(actor)]);
  const filtered = Boolean(filter.action || filter.qui || filter.cible || filter.id || filter.du || filter.au);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl">Journal des actions</h1>
      <p>Chaque action de l&apos;équipe Pix et des structures qui change des données : qui, quoi, quand, avant et après.</p>
      <form method="get" action="/admin/journal" className="flex flex-col gap-3 rounded-lg bg-white p-4">
        <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <legend className="mb-2 text-xl font-semibold">Filtrer</legend>
          <div className="flex flex-col gap-1">
            <label htmlFor="f-qui" className="font-semibold">Qui (nom ou e-mail, ou « système »)</label>
            <input id="f-qui" name="qui" defaultValue={filter.qui ?? ""} className={INPUT} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="f-action" className="font-semibold">Action (ou son début)</label>
            <input id="f-action" name="action" defaultValue={filter.action ?? ""} className={INPUT} aria-describedby="f-action-aide" />
            <p id="f-action-aide" className="text-sm text-muted">Par exemple « organisation. » pour toutes les actions sur les organisations.</p>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="f-cible" className="font-semibold">Type de donnée</label>
            <select id="f-cible" name="cible" defaultValue={filter.cible ?? ""} className={INPUT}>
              <option value="">Tous</option>
              {types.map((t) => (
                <option key={t} value={t}>{t}</option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="f-id" className="font-semibold">Identifiant de la donnée</label>
            <input id="f-id" name="id" defaultValue={filter.id ?? ""} className={INPUT} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="f-du" className="font-semibold">Du</label>
            <input id="f-du" name="du" type="date" defaultValue={filter.du ?? ""} className={INPUT} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="f-au" className="font-semibold">Au</label>
            <input id="f-au" name="au" type="date" defaultValue={filter.au ?? ""} className={INPUT} />
          </div>
        </fieldset>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="min-h-11 rounded-md bg-primary px-5 font-semibold text-white">Filtrer</button>
          {filtered ? <Link href="/admin/journal">Tout afficher</Link> : null}
        </div>
      </form>
      <p role="status">{rows.length === 0 ? "Aucune action ne correspond." : `${rows.length}${next ? " premières" : ""} action${rows.length > 1 ? "s" : ""} affichée${rows.length > 1 ? "s" : ""}, de la plus récente à la plus ancienne.`}</p>
      {rows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full rounded-lg bg-white text-left">
            <caption className="sr-only">Actions enregistrées</caption>
            <thead>
              <tr>
                <th scope="col" className="p-2">Quand</th>
                <th scope="col" className="p-2">Qui</th>
                <th scope="col" className="p-2">Action</th>
                <th scope="col" className="p-2">Donnée</th>
                <th scope="col" className="p-2">Avant / après</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-line align-top">
                  <td className="p-2">{formatDateTime(r.createdAt)}</td>
                  <td className="p-2">
                    {r.actor ? (
                      <>
                        {r.actor.name}
                        {r.actor.email ? <span className="block text-sm text-muted">{r.actor.email}</span> : null}
                      </>
                    ) : (
                      "Système"
                    )}
                  </td>
                  <td className="p-2"><code>{r.action}</code></td>
                  <td className="p-2">
                    {r.targetType}
                    <span className="block break-all text-sm text-muted">{r.targetId}</span>
                  </td>
                  <td className="p-2">
                    <details>
                      <summary>Voir le détail</summary>
                      <h3 className="mt-2 font-semibold">Avant</h3>
                      <Json value={r.before} />
                      <h3 className="mt-2 font-semibold">Après</h3>
                      <Json value={r.after} />
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {next ? <Link href={pageHref(filter, next)}>Actions plus anciennes</Link> : null}
    </div>
  );
}
