import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { listReportGroups } from "@/lib/admin/content/list-report-groups";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/fr";
import { CompetenceSelect, competenceParam, competenceText } from "../filters";
import { markHandledAction } from "./actions";

export const metadata: Metadata = { title: "Signalements sur les épreuves – Administration" };

type Props = { searchParams: Promise<{ competence?: string; etat?: string; message?: string; erreur?: string }> };

const MESSAGES: Record<string, string> = {
  traite: "Les signalements de l'épreuve sont marqués comme traités.",
  "deja-traite": "Ces signalements étaient déjà marqués comme traités.",
};

export default async function ReportsPage({ searchParams }: Props) {
  const actor = await requireAdminOrNotFound("/admin/contenu/signalements");
  const params = await searchParams;
  const competenceId = competenceParam(params.competence);
  const state = params.etat === "traites" ? "handled" : "open";
  const groups = await listReportGroups(actor, { state, competenceId });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">Signalements sur les épreuves</h1>
      <p>Les problèmes signalés par les personnes qui passent les tests, regroupés par épreuve. Les épreuves les plus signalées sont en haut.</p>
      {params.erreur ? <Alert tone="error">{params.erreur}</Alert> : null}
      {params.message && MESSAGES[params.message] ? <Alert tone="success">{MESSAGES[params.message]}</Alert> : null}
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg bg-white p-4">
        <CompetenceSelect value={competenceId} />
        <div className="flex flex-col gap-1">
          <label htmlFor="champ-etat" className="font-semibold">
            Signalements
          </label>
          <select id="champ-etat" name="etat" defaultValue={state === "handled" ? "traites" : "a-traiter"} className="min-h-11 rounded-md border-2 border-field bg-white px-3 py-2">
            <option value="a-traiter">À traiter</option>
            <option value="traites">Traités</option>
          </select>
        </div>
        <Button variant="secondary">Filtrer</Button>
      </form>
      <p role="status">
        {groups.length === 0
          ? state === "open"
            ? "Aucun signalement à traiter."
            : "Aucun signalement traité."
          : `${formatNumber(groups.length)} épreuve${groups.length > 1 ? "s" : ""} ${state === "open" ? "à traiter" : "traitée" + (groups.length > 1 ? "s" : "")}.`}
      </p>
      <ul className="flex flex-col gap-4">
        {groups.map((g, i) => (
          <li key={g.challengeId} className="rounded-lg border border-line bg-white p-4">
            <h2 id={`groupe-${i}`} className="text-xl">
              Épreuve {g.challengeId} : {formatNumber(g.total)} signalement{g.total > 1 ? "s" : ""}
            </h2>
            <p className="text-sm">
              {competenceText(g.competence)}
              {g.skillName ? ` — acquis ${g.skillName}, niveau ${g.level}` : ""} — premier signalement le {formatDate(g.oldestAt)}
            </p>
            <h3 className="mt-3 font-semibold">Ce qui pose problème</h3>
            <ul className="list-disc pl-6">
              {g.byCategory.map((c) => (
                <li key={c.category}>
                  {c.label} : {formatNumber(c.count)}
                </li>
              ))}
            </ul>
            <h3 className="mt-3 font-semibold">Derniers commentaires</h3>
            <ul className="flex flex-col gap-2">
              {g.latestComments.map((c) => (
                <li key={c.id} className="border-l-4 border-line pl-3">
                  <p className="text-sm text-muted">
                    {formatDateTime(c.createdAt)} — {c.label}
                  </p>
                  <p className="whitespace-pre-line">{c.comment}</p>
                </li>
              ))}
            </ul>
            <div className="mt-3 flex flex-wrap items-center gap-4">
              <Link href={`/admin/apercu/${encodeURIComponent(g.challengeId)}`}>
                Essayer l&apos;épreuve<span className="sr-only"> {g.challengeId}</span>
              </Link>
              {state === "open" ? (
                <form action={markHandledAction}>
                  <input type="hidden" name="challengeId" value={g.challengeId} />
                  {competenceId ? <input type="hidden" name="competence" value={competenceId} /> : null}
                  <Button aria-describedby={`groupe-${i}`}>Marquer comme traité</Button>
                </form>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
