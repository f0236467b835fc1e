import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { formatPercent, formatSeconds, MIN_ANSWERS_FOR_WARNING } from "@/lib/admin/content/challenge-stats";
import { getChallengeStats } from "@/lib/admin/content/get-challenge-stats";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { formatNumber } from "@/lib/i18n/fr";
import { CompetenceSelect, competenceParam, competenceText } from "../filters";

export const metadata: Metadata = { title: "Statistiques des épreuves – Administration" };

type Props = { searchParams: Promise<{ competence?: string; alerte?: string }> };

const cell = "p-2 align-top";

export default async function ChallengeStatsPage({ searchParams }: Props) {
  const actor = await requireAdminOrNotFound("/admin/contenu/epreuves");
  const params = await searchParams;
  const competenceId = competenceParam(params.competence);
  const warningsOnly = params.alerte === "1";
  const rows = await getChallengeStats(actor, { warningsOnly, competenceId });
  const warnings = rows.filter((r) => r.warning).length;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">Statistiques des épreuves</h1>
      <p>
        Pour chaque épreuve déjà posée : combien de fois, combien de personnes l&apos;ont réussie ou passée, et en combien de temps. Une alerte apparaît quand la
        réussite ne correspond pas au niveau (à partir de {formatNumber(MIN_ANSWERS_FOR_WARNING)} réponses). Les épreuves avec une alerte sont en haut.
      </p>
      <p className="text-sm">
        Taux de réussite : bonnes réponses sur toutes les réponses, sans compter les épreuves qui n&apos;ont pas pu être jouées. Taux de questions passées : « Je
        passe » sur toutes les réponses.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg bg-white p-4">
        <CompetenceSelect value={competenceId} />
        <div className="flex min-h-11 items-center gap-2">
          <input type="checkbox" id="champ-alerte" name="alerte" value="1" defaultChecked={warningsOnly} className="h-5 w-5" />
          <label htmlFor="champ-alerte">Seulement les épreuves avec une alerte</label>
        </div>
        <Button variant="secondary">Filtrer</Button>
      </form>
      <p role="status">
        {formatNumber(rows.length)} épreuve{rows.length > 1 ? "s" : ""}, dont {formatNumber(warnings)} avec une alerte.
      </p>
      {rows.length === 0 ? (
        <p>Aucune épreuve ne correspond à ces critères.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full rounded-lg bg-white text-left">
            <caption className="sr-only">Statistiques des épreuves, celles avec une alerte d&apos;abord</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>Épreuve</th>
                <th scope="col" className={cell}>Compétence</th>
                <th scope="col" className={cell}>Niveau</th>
                <th scope="col" className={cell}>Posée</th>
                <th scope="col" className={cell}>Réussite</th>
                <th scope="col" className={cell}>Temps moyen</th>
                <th scope="col" className={cell}>Passée</th>
                <th scope="col" className={cell}>Signalements à traiter</th>
                <th scope="col" className={cell}>Alerte</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.challengeId} className="border-t border-line">
                  <th scope="row" className={cell}>
                    <Link href={`/admin/apercu/${encodeURIComponent(r.challengeId)}`}>{r.challengeId}</Link>
                  </th>
                  <td className={cell}>{competenceText(r.competence)}</td>
                  <td className={cell}>{r.level ?? "—"}</td>
                  <td className={cell}>{formatNumber(r.served)} fois</td>
                  <td className={cell}>{r.successRate === null ? "—" : formatPercent(r.successRate)}</td>
                  <td className={cell}>{r.meanTimeMs === null ? "—" : formatSeconds(r.meanTimeMs)}</td>
                  <td className={cell}>{r.skipRate === null ? "—" : formatPercent(r.skipRate)}</td>
                  <td className={cell}>
                    {r.openReports > 0 ? (
                      <Link href={`/admin/contenu/signalements${r.competence ? `?competence=${encodeURIComponent(r.competence.id)}` : ""}`}>
                        {formatNumber(r.openReports)}
                        <span className="sr-only"> signalement{r.openReports > 1 ? "s" : ""} à traiter sur l&apos;épreuve {r.challengeId}</span>
                      </Link>
                    ) : (
                      "0"
                    )}
                  </td>
                  <td className={cell}>{r.warning ? <strong><span aria-hidden="true">⚠ </span>{r.warning}</strong> : "Aucune"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
