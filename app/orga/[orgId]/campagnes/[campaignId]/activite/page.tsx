import type { Metadata } from "next";
import Link from "next/link";
import { AutoRefresh } from "@/components/orga/auto-refresh";
import { Card } from "@/components/ui/card";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getActivity, LIVE_WINDOW_MS, sinceInWords, type CampaignActivity } from "@/lib/campaigns/orga/get-activity";
import { NotAllowed, NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { formatDate, formatNumber, formatTime } from "@/lib/i18n/fr";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgId: string; campaignId: string }> };

export const metadata: Metadata = { title: "Activité – Campagne – Pix Orga" };

const cell = "border-b border-line px-3 py-2 text-left align-top";

function dayLabel(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return formatDate(new Date(Date.UTC(y!, m! - 1, d!, 12)));
}

/** A small bar chart drawn on the server; the table below says the same in text. */
function PerDayChart({ perDay }: { perDay: CampaignActivity["perDay"] }) {
  const max = Math.max(1, ...perDay.map((d) => d.count));
  const w = 12;
  const gap = 4;
  const h = 80;
  return (
    <svg
      role="img"
      aria-labelledby="graphe-titre"
      viewBox={`0 0 ${perDay.length * (w + gap)} ${h + 2}`}
      className="h-28 w-full max-w-xl"
      preserveAspectRatio="none"
    >
      <title id="graphe-titre">Participations par jour sur 30 jours (le détail est dans le tableau qui suit)</title>
      <line x1="0" y1={h + 1} x2={perDay.length * (w + gap)} y2={h + 1} stroke="currentColor" strokeWidth="1" />
      {perDay.map((d, i) => {
        const bh = Math.round((d.count / max) * h);
        return <rect key={d.day} x={i * (w + gap)} y={h - bh} width={w} height={bh} className="fill-primary" />;
      })}
    </svg>
  );
}

export default async function ActivityPage({ params }: Props) {
  const { orgId, campaignId } = await params;
  const path = `/orga/${encodeURIComponent(orgId)}/campagnes/${encodeURIComponent(campaignId)}/activite`;
  const actor = await requireActorOrLogin(path);
  let a: CampaignActivity;
  try {
    a = await getActivity(actor, { orgId, campaignId });
  } catch (e) {
    if (e instanceof NotAllowed || e instanceof NotFound) pageNotFound();
    throw e;
  }
  const base = `/orga/${orgId}/campagnes/${a.campaign.id}`;
  const nonZeroDays = a.perDay.filter((d) => d.count > 0);
  const minutes = LIVE_WINDOW_MS / 60_000;
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl">Activité</h1>

      <section aria-labelledby="titre-statuts" className="flex flex-col gap-3">
        <h2 id="titre-statuts" className="text-2xl">
          Participants ({formatNumber(a.counts.total)})
        </h2>
        <ul className="grid gap-3 sm:grid-cols-3">
          <li>
            <Card as="div">
              <p className="text-3xl font-bold">{formatNumber(a.counts.started)}</p>
              <p>en cours</p>
            </Card>
          </li>
          <li>
            <Card as="div">
              <p className="text-3xl font-bold">{formatNumber(a.counts.completed)}</p>
              <p>terminé sans envoi</p>
            </Card>
          </li>
          <li>
            <Card as="div">
              <p className="text-3xl font-bold">{formatNumber(a.counts.shared)}</p>
              <p>résultats envoyés</p>
            </Card>
          </li>
        </ul>
      </section>

      <section aria-labelledby="titre-direct" className="flex flex-col gap-3">
        <h2 id="titre-direct" className="text-2xl">
          En ce moment
        </h2>
        <p>
          Les personnes qui ont répondu ou ouvert une question dans les {minutes} dernières minutes. Page mise à jour à {formatTime(a.now)}.
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <Link href={`${base}/activite`} className="font-semibold" prefetch={false}>
            Actualiser
          </Link>
          <AutoRefresh />
        </div>
        {!a.hasLiveView ? (
          <p>Une collecte de profils n&apos;a pas de test à suivre en direct.</p>
        ) : a.live.length === 0 ? (
          <p>Personne n&apos;a répondu à une question ces {minutes} dernières minutes.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white">
              <caption className="sr-only">Personnes en train de passer le test, et où elles en sont</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>Participant</th>
                  <th scope="col" className={cell}>Où en est-il ?</th>
                  <th scope="col" className={cell}>Dernière action</th>
                </tr>
              </thead>
              <tbody>
                {a.live.map((l) => (
                  <tr key={l.participationId}>
                    <th scope="row" className={`${cell} font-semibold`}>
                      <Link href={`${base}/resultats/${l.participationId}`}>{l.name}</Link>
                      {l.isAnonymous && l.resultCode ? <span className="block font-normal">Code : <span className="font-mono">{l.resultCode}</span></span> : null}
                      {l.externalId ? <span className="block font-normal">Identifiant : {l.externalId}</span> : null}
                    </th>
                    <td className={cell}>
                      {l.finished
                        ? `Terminé (${l.question} réponse${l.question > 1 ? "s" : ""})`
                        : l.questionCount
                          ? `Question ${l.question} sur ${l.questionCount}`
                          : `Question ${l.question}`}
                    </td>
                    <td className={cell}>
                      {sinceInWords(l.lastActionAt, a.now)} <span className="text-muted">({formatTime(l.lastActionAt)})</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="titre-jours" className="flex flex-col gap-3">
        <h2 id="titre-jours" className="text-2xl">
          Participations par jour (30 derniers jours)
        </h2>
        <PerDayChart perDay={a.perDay} />
        <p className="text-sm text-muted">
          Du {dayLabel(a.perDay[0]!.day)} au {dayLabel(a.perDay.at(-1)!.day)}.
        </p>
        {nonZeroDays.length === 0 ? (
          <p>Aucune participation ces 30 derniers jours.</p>
        ) : (
          <table className="w-full max-w-md border-collapse bg-white">
            <caption className="text-left">Jours avec au moins une participation</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>Jour</th>
                <th scope="col" className={cell}>Participations</th>
              </tr>
            </thead>
            <tbody>
              {nonZeroDays.map((d) => (
                <tr key={d.day}>
                  <th scope="row" className={`${cell} font-normal`}>{dayLabel(d.day)}</th>
                  <td className={cell}>{formatNumber(d.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
