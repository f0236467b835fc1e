import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { listResults, resultsQuerySchema, type ResultsQuery } from "@/lib/campaigns/orga/list-results";
import { DIAG_LEVEL_LABEL, ORIENTATION_LABEL, PARTICIPATION_STATUS_LABEL } from "@/lib/campaigns/orga/labels";
import { formatDate } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: "Résultats – Pix Orga" };

type Props = { params: Promise<{ orgId: string; campaignId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const select = "min-h-11 max-w-full rounded-md border-2 border-field bg-white px-3 py-2 text-base";

function queryString(q: ResultsQuery, change: Partial<ResultsQuery>): string {
  const merged = { ...q, ...change };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== "" && !(k === "page" && v === 1)) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : "";
}

export default async function ResultsPage({ params, searchParams }: Props) {
  const { orgId, campaignId } = await params;
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = resultsQuerySchema.parse(raw);
  const base = `/orga/${orgId}/campagnes/${campaignId}/resultats`;
  const actor = await requireActorOrLogin(base);
  const r = await listResults(actor, { orgId, campaignId, query });
  const { campaign } = r;
  const isDiag = campaign.type === "abc-diag";
  const themes = campaign.themes;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">Résultats</h1>
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-xl border border-line bg-white p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="filtre-statut" className="font-semibold">Statut</label>
          <select id="filtre-statut" name="statut" defaultValue={query.statut} className={select}>
            <option value="tous">Tous</option>
            <option value="envoye">Résultats reçus</option>
            <option value="en-cours">En cours</option>
          </select>
        </div>
        {r.stages.length ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="filtre-palier" className="font-semibold">Palier</label>
            <select id="filtre-palier" name="palier" defaultValue={query.palier ?? ""} className={select}>
              <option value="">Tous</option>
              {r.stages.map((s) => (
                <option key={s.number} value={s.number}>
                  {s.number}. {s.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {r.groups.length ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="filtre-groupe" className="font-semibold">Groupe</label>
            <select id="filtre-groupe" name="groupe" defaultValue={query.groupe ?? ""} className={select}>
              <option value="">Tous</option>
              {r.groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {themes.length ? (
          <fieldset className="flex min-w-0 max-w-full flex-wrap items-end gap-2">
            <legend className="font-semibold">Thème en dessous d&apos;un seuil</legend>
            <div className="flex min-w-0 max-w-full flex-col gap-1">
              <label htmlFor="filtre-theme" className="text-sm">Thème</label>
              <select id="filtre-theme" name="theme" defaultValue={query.theme ?? ""} className={select}>
                <option value="">Aucun</option>
                {themes.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="filtre-sous" className="text-sm">Sous (%)</label>
              <input id="filtre-sous" name="sous" type="number" min={1} max={100} defaultValue={query.sous ?? 50} className={`${select} w-24`} />
            </div>
          </fieldset>
        ) : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="filtre-tri" className="font-semibold">Trier par</label>
          <select id="filtre-tri" name="tri" defaultValue={query.tri} className={select}>
            <option value="date">Date de début</option>
            <option value="nom">Nom</option>
            <option value="maitrise">Maîtrise</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filtre-ordre" className="font-semibold">Ordre</label>
          <select id="filtre-ordre" name="ordre" defaultValue={query.ordre} className={select}>
            <option value="desc">Décroissant</option>
            <option value="asc">Croissant</option>
          </select>
        </div>
        <Button variant="secondary">Afficher</Button>
      </form>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status">
          {r.total.toLocaleString("fr-FR")} participant{r.total > 1 ? "s" : ""}
          {r.pages > 1 ? ` · page ${r.page} sur ${r.pages}` : ""}
        </p>
        <a href={`/orga/${orgId}/campagnes/${campaignId}/export${queryString(query, { page: 1 })}`} download>
          Exporter ces résultats (CSV)
        </a>
      </div>
      {r.rows.length === 0 ? (
        <p>Personne pour l&apos;instant.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Résultats des participants, page {r.page}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="p-2">Participant</th>
                {campaign.externalIdLabel ? <th scope="col" className="p-2">{campaign.externalIdLabel}</th> : null}
                <th scope="col" className="p-2">Début</th>
                <th scope="col" className="p-2">Statut</th>
                {!isDiag ? <th scope="col" className="p-2">Maîtrise</th> : null}
                {r.stages.length ? <th scope="col" className="p-2">Palier</th> : null}
                {themes.map((t) => (
                  <th key={t.id} scope="col" className="p-2">
                    {t.name}
                  </th>
                ))}
                {isDiag ? <th scope="col" className="p-2">Orientation</th> : null}
                {r.groups.length ? <th scope="col" className="p-2">Groupe</th> : null}
              </tr>
            </thead>
            <tbody>
              {r.rows.map((row) => (
                <tr key={row.participationId} className="border-b border-line">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`${base}/${row.participationId}`}>{row.name}</Link>
                  </th>
                  {campaign.externalIdLabel ? <td className="p-2">{row.externalId}</td> : null}
                  <td className="p-2">{formatDate(row.startedAt)}</td>
                  <td className="p-2">
                    {PARTICIPATION_STATUS_LABEL[row.status]}
                    {row.sharedAt ? <span className="block text-muted">le {formatDate(row.sharedAt)}</span> : null}
                  </td>
                  {!isDiag ? <td className="p-2">{row.masteryPercent === null ? "–" : `${row.masteryPercent} %`}</td> : null}
                  {r.stages.length ? <td className="p-2">{row.stage ?? "–"}</td> : null}
                  {themes.map((t) => (
                    <td key={t.id} className="p-2">
                      {isDiag ? (row.diag ? (DIAG_LEVEL_LABEL[row.diag.levels[t.id] ?? ""] ?? "–") : "–") : row.themes[t.id] === undefined ? "–" : `${row.themes[t.id]} %`}
                    </td>
                  ))}
                  {isDiag ? <td className="p-2">{row.diag ? (ORIENTATION_LABEL[row.diag.orientation] ?? row.diag.orientation) : "–"}</td> : null}
                  {r.groups.length ? <td className="p-2">{row.groupName ?? "–"}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {r.pages > 1 ? (
        <nav aria-label="Pages de résultats">
          <ul className="flex flex-wrap gap-4">
            {r.page > 1 ? (
              <li>
                <Link href={`${base}${queryString(query, { page: r.page - 1 })}`}>Page précédente</Link>
              </li>
            ) : null}
            {r.page < r.pages ? (
              <li>
                <Link href={`${base}${queryString(query, { page: r.page + 1 })}`}>Page suivante</Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
