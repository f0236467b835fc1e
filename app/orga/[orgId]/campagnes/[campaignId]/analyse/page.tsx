import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { BELOW, getAnalysis, MIN_TUBE_ANSWERS, type CampaignAnalysis, type DiagLevel, type DiagOrientation } from "@/lib/campaigns/orga/get-analysis";
import { NotAllowed, NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { formatNumber } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: "Analyse – Campagne – Pix Orga" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgId: string; campaignId: string }> };

const NBSP = "\u00a0";
const pct = (v: number) => `${Math.round(v * 100)}${NBSP}%`;
const people = (n: number) => `${formatNumber(n)}${NBSP}personne${n > 1 ? "s" : ""}`;
const cell = "border-b border-line px-3 py-2 text-left align-top";
const num = "border-b border-line px-3 py-2 text-right align-top tabular-nums";

const LEVEL_LABEL: Record<DiagLevel, string> = { acquis: "Acquis", "en-cours": "En cours", "a-travailler": "À travailler", "non-mesure": "Non mesuré" };
const LEVEL_FILL: Record<DiagLevel, string> = { acquis: "fill-success", "en-cours": "fill-warning", "a-travailler": "fill-danger", "non-mesure": "fill-line" };
const ORIENTATION_LABEL: Record<DiagOrientation, string> = {
  autonome: "Autonome : Pix en accès libre",
  "abc-pix": "Bases en place : parcours ABC Pix",
  accompagnement: "Débutant : accompagnement pas à pas",
};

/** Horizontal bars drawn on the server; the table that follows it says the same in text. */
function Bars({ rows, label }: { rows: { label: string; value: number; fill?: string }[]; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowH = 28;
  const labelW = 300;
  const barW = 360;
  const height = rows.length * rowH + 4;
  return (
    <svg viewBox={`0 0 ${labelW + barW + 60} ${height}`} className="h-auto w-full max-w-2xl" aria-hidden="true" focusable="false" data-chart={label}>
      {rows.map((r, i) => {
        const w = (r.value / max) * barW;
        const y = i * rowH + 2;
        return (
          <g key={r.label}>
            <text x={labelW - 8} y={y + 17} textAnchor="end" className="fill-ink text-[13px]">
              {r.label.length > 40 ? `${r.label.slice(0, 39)}…` : r.label}
            </text>
            <rect x={labelW} y={y + 3} width={Math.max(w, r.value > 0 ? 2 : 0)} height={rowH - 8} className={r.fill ?? "fill-primary"} rx="2" />
            <text x={labelW + w + 6} y={y + 17} className="fill-ink text-[13px]">
              {formatNumber(r.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The histogram of overall mastery in 10 % bins, as vertical bars. */
function Histogram({ bins, axis }: { bins: number[]; axis: string }) {
  const max = Math.max(1, ...bins);
  const barW = 44;
  const chartH = 160;
  const top = 20;
  return (
    <svg viewBox={`0 ${-top} ${bins.length * barW + 20} ${chartH + 44 + top}`} className="h-auto w-full max-w-2xl" aria-hidden="true" focusable="false">
      <line x1="10" x2={bins.length * barW + 10} y1={chartH + 10} y2={chartH + 10} className="stroke-muted" strokeWidth="1" />
      {bins.map((n, i) => {
        const h = (n / max) * chartH;
        const x = 10 + i * barW;
        return (
          <g key={i}>
            <rect x={x + 4} y={chartH + 10 - h} width={barW - 8} height={h} className="fill-primary" rx="2" />
            {n > 0 ? (
              <text x={x + barW / 2} y={chartH + 6 - h} textAnchor="middle" className="fill-ink text-[12px]">
                {formatNumber(n)}
              </text>
            ) : null}
            <text x={x + barW / 2} y={chartH + 28} textAnchor="middle" className="fill-muted text-[11px]">
              {i * 10}
            </text>
          </g>
        );
      })}
      <text x={bins.length * barW + 10} y={chartH + 42} textAnchor="end" className="fill-muted text-[11px]">
        {axis}
      </text>
    </svg>
  );
}

function binLabel(i: number): string {
  return i === 9 ? `de 90 à 100${NBSP}%` : `de ${i * 10} à moins de ${(i + 1) * 10}${NBSP}%`;
}

export default async function AnalysisPage({ params }: Props) {
  const { orgId, campaignId } = await params;
  const actor = await requireActorOrLogin(`/orga/${orgId}/campagnes/${campaignId}/analyse`);
  let a: CampaignAnalysis;
  try {
    a = await getAnalysis(getDb(), actor, orgId, campaignId);
  } catch (e) {
    if (e instanceof NotAllowed || e instanceof NotFound) pageNotFound();
    throw e;
  }
  const isDiag = a.campaign.type === "abc-diag";
  // ABC Diag classifies (right ÷ questions played per dimension); a target profile measures mastery
  const measure = isDiag ? "réussite" : "maîtrise";
  const themeWord = isDiag ? "dimension" : "thème";

  if (a.campaign.type === "profiles") {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl">Analyse</h1>
        <p>Une collecte de profils ne mesure pas de thèmes : il n&apos;y a rien à analyser ici. Les profils sont dans l&apos;onglet Résultats.</p>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl">Analyse</h1>
        <p>
          Calculée sur les personnes qui ont envoyé leurs résultats : <strong>{people(a.shared)}</strong>.
          {a.mean !== null ? (
            <>
              {" "}
              {isDiag ? "Réussite" : "Maîtrise"} moyenne : <strong>{pct(a.mean)}</strong>.
            </>
          ) : null}
        </p>
      </div>

      {a.shared === 0 ? (
        <Alert tone="info" title="Pas encore de résultats">
          Personne n&apos;a encore envoyé ses résultats pour cette campagne. L&apos;analyse apparaîtra dès le premier envoi.
        </Alert>
      ) : (
        <>
          <Card>
            <h2 className="text-2xl">{isDiag ? "Les dimensions à travailler en atelier" : "Les thèmes à travailler en atelier"}</h2>
            <p className="mt-2 text-muted">
              Les {themeWord}s où la {measure} moyenne est la plus basse, en commençant par la plus basse.
            </p>
            {a.toWork.length === 0 ? (
              <p className="mt-3">Aucun {themeWord} n&apos;a encore été mesuré.</p>
            ) : (
              <ol className="mt-3 flex list-decimal flex-col gap-2 pl-6">
                {a.toWork.map((t) => (
                  <li key={t.id}>
                    <strong>{t.name}</strong> : {measure} moyenne de {pct(t.mean!)}.{" "}
                    {t.belowHalf === 0
                      ? `Personne n'est en dessous de ${pct(BELOW)}.`
                      : `${people(t.belowHalf)} sur ${formatNumber(t.measured)} ${t.belowHalf > 1 ? "sont" : "est"} en dessous de ${pct(BELOW)}.`}
                  </li>
                ))}
              </ol>
            )}
          </Card>

          <section aria-labelledby="titre-themes" className="flex flex-col gap-3">
            <h2 id="titre-themes" className="text-2xl">
              {isDiag ? "Réussite par dimension" : "Maîtrise par thème"}
            </h2>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse bg-white">
                <caption className="mb-2 text-left text-muted">
                  Pour chaque {themeWord} : la {measure} moyenne, et combien de personnes sont à un niveau faible (moins de 40{NBSP}%), moyen
                  (de 40 à 70{NBSP}%) ou bon (70{NBSP}% et plus).
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className={cell}>
                      {isDiag ? "Dimension" : "Thème"}
                    </th>
                    <th scope="col" className={num}>Personnes mesurées</th>
                    <th scope="col" className={cell}>Moyenne</th>
                    <th scope="col" className={num}>En dessous de 50{NBSP}%</th>
                    <th scope="col" className={num}>Faible</th>
                    <th scope="col" className={num}>Moyen</th>
                    <th scope="col" className={num}>Bon</th>
                  </tr>
                </thead>
                <tbody>
                  {a.themes.map((t) => (
                    <tr key={t.id}>
                      <th scope="row" className={`${cell} font-semibold`}>
                        {t.name}
                      </th>
                      <td className={num}>{formatNumber(t.measured)}</td>
                      <td className={cell}>
                        {t.mean === null ? (
                          "Non mesuré"
                        ) : (
                          <span className="flex items-center gap-2">
                            <span className="w-12 text-right tabular-nums">{pct(t.mean)}</span>
                            <span aria-hidden="true" className="inline-block h-3 w-24 rounded bg-line">
                              <span className="block h-3 rounded bg-primary" style={{ width: `${Math.round(t.mean * 100)}%` }} />
                            </span>
                          </span>
                        )}
                      </td>
                      <td className={num}>{formatNumber(t.belowHalf)}</td>
                      <td className={num}>{formatNumber(t.levels.faible)}</td>
                      <td className={num}>{formatNumber(t.levels.moyen)}</td>
                      <td className={num}>{formatNumber(t.levels.bien)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="titre-repartition" className="flex flex-col gap-3">
            <h2 id="titre-repartition" className="text-2xl">
              Répartition de la {measure}
            </h2>
            <figure className="flex flex-col gap-3">
              <figcaption>
                Nombre de personnes par tranche de 10{NBSP}% de {measure} globale ({isDiag ? "bonnes réponses sur les questions jouées" : "acquis validés sur ceux du profil cible"}).
              </figcaption>
              <Histogram bins={a.bins} axis={`${measure} en %`} />
              <table className="w-full max-w-xl border-collapse bg-white">
                <caption className="sr-only">Répartition de la {measure} globale, en texte</caption>
                <thead>
                  <tr>
                    <th scope="col" className={cell}>Tranche de {measure}</th>
                    <th scope="col" className={num}>Personnes</th>
                  </tr>
                </thead>
                <tbody>
                  {a.bins.map((n, i) => (
                    <tr key={i}>
                      <th scope="row" className={`${cell} font-normal`}>
                        {binLabel(i)}
                      </th>
                      <td className={num}>{formatNumber(n)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </figure>
          </section>

          {a.stages ? (
            <section aria-labelledby="titre-paliers" className="flex flex-col gap-3">
              <h2 id="titre-paliers" className="text-2xl">
                Paliers atteints
              </h2>
              <figure className="flex flex-col gap-3">
                <figcaption>Nombre de personnes par palier atteint, du premier au dernier.</figcaption>
                <Bars label="paliers" rows={a.stages.map((s) => ({ label: s.number === 0 ? s.title : `${s.number}. ${s.title}`, value: s.count }))} />
                <table className="w-full border-collapse bg-white">
                  <caption className="sr-only">Paliers atteints, en texte</caption>
                  <thead>
                    <tr>
                      <th scope="col" className={cell}>Palier</th>
                      <th scope="col" className={num}>Personnes</th>
                      <th scope="col" className={cell}>Pour le médiateur</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.stages.map((s) => (
                      <tr key={s.number}>
                        <th scope="row" className={`${cell} font-semibold`}>
                          {s.number === 0 ? s.title : `${s.number}. ${s.title}`}
                        </th>
                        <td className={num}>{formatNumber(s.count)}</td>
                        <td className={cell}>{s.mediatorMessage ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </figure>
            </section>
          ) : null}

          {a.failedTubes ? (
            <section aria-labelledby="titre-sujets" className="flex flex-col gap-3">
              <h2 id="titre-sujets" className="text-2xl">
                Les sujets les plus échoués
              </h2>
              <p className="text-muted">
                D&apos;après les réponses données pendant le test de la campagne par les personnes qui ont envoyé leurs résultats : part des
                réponses fausses, passées ou hors délai, par sujet. Un sujet n&apos;apparaît qu&apos;à partir de {MIN_TUBE_ANSWERS} réponses.
              </p>
              {a.failedTubes.length === 0 ? (
                <p>Pas encore assez de réponses échouées pour dégager des sujets.</p>
              ) : (
                <div className="overflow-x-auto">
                  <table className="w-full border-collapse bg-white">
                    <caption className="sr-only">Les sujets les plus échoués, du plus échoué au moins échoué</caption>
                    <thead>
                      <tr>
                        <th scope="col" className={cell}>Sujet</th>
                        <th scope="col" className={cell}>Thème</th>
                        <th scope="col" className={num}>Réponses</th>
                        <th scope="col" className={num}>Échouées</th>
                        <th scope="col" className={num}>Taux d&apos;échec</th>
                      </tr>
                    </thead>
                    <tbody>
                      {a.failedTubes.map((t) => (
                        <tr key={t.tubeId}>
                          <th scope="row" className={`${cell} font-semibold`}>
                            {t.title}
                          </th>
                          <td className={cell}>{t.themeName ?? "—"}</td>
                          <td className={num}>{formatNumber(t.answered)}</td>
                          <td className={num}>{formatNumber(t.failed)}</td>
                          <td className={num}>{pct(t.failedShare)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          ) : null}

          {a.diag ? (
            <>
              <section aria-labelledby="titre-niveaux" className="flex flex-col gap-3">
                <h2 id="titre-niveaux" className="text-2xl">
                  Niveaux par dimension
                </h2>
                {a.diag.dimensions.map((d) => (
                  <figure key={d.id} className="flex flex-col gap-2">
                    <figcaption className="font-semibold">{d.name} : nombre de personnes par niveau</figcaption>
                    <Bars
                      label={`niveaux ${d.id}`}
                      rows={(Object.keys(LEVEL_LABEL) as DiagLevel[]).map((l) => ({ label: LEVEL_LABEL[l], value: d.counts[l], fill: LEVEL_FILL[l] }))}
                    />
                  </figure>
                ))}
                <div className="overflow-x-auto">
                  <table className="w-full border-collapse bg-white">
                    <caption className="mb-2 text-left text-muted">Niveaux par dimension, en texte : nombre de personnes</caption>
                    <thead>
                      <tr>
                        <th scope="col" className={cell}>Dimension</th>
                        {(Object.keys(LEVEL_LABEL) as DiagLevel[]).map((l) => (
                          <th key={l} scope="col" className={num}>
                            {LEVEL_LABEL[l]}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {a.diag.dimensions.map((d) => (
                        <tr key={d.id}>
                          <th scope="row" className={`${cell} font-semibold`}>
                            {d.name}
                          </th>
                          {(Object.keys(LEVEL_LABEL) as DiagLevel[]).map((l) => (
                            <td key={l} className={num}>
                              {formatNumber(d.counts[l])}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
              <section aria-labelledby="titre-orientations" className="flex flex-col gap-3">
                <h2 id="titre-orientations" className="text-2xl">
                  Orientations
                </h2>
                <figure className="flex flex-col gap-3">
                  <figcaption>Nombre de personnes par orientation proposée à la fin d&apos;ABC Diag.</figcaption>
                  <Bars label="orientations" rows={(Object.keys(ORIENTATION_LABEL) as DiagOrientation[]).map((o) => ({ label: ORIENTATION_LABEL[o], value: a.diag!.orientations[o] }))} />
                  <table className="w-full max-w-xl border-collapse bg-white">
                    <caption className="sr-only">Orientations, en texte</caption>
                    <thead>
                      <tr>
                        <th scope="col" className={cell}>Orientation</th>
                        <th scope="col" className={num}>Personnes</th>
                      </tr>
                    </thead>
                    <tbody>
                      {(Object.keys(ORIENTATION_LABEL) as DiagOrientation[]).map((o) => (
                        <tr key={o}>
                          <th scope="row" className={`${cell} font-normal`}>
                            {ORIENTATION_LABEL[o]}
                          </th>
                          <td className={num}>{formatNumber(a.diag!.orientations[o])}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </figure>
              </section>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
