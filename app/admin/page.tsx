import type { Metadata } from "next";
import Link from "next/link";
import { getDashboard } from "@/lib/admin/dashboard/get-dashboard";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { formatNumber } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: "Tableau de bord – Administration" };

function Figure({ label, value, href, linkText }: { label: string; value: number; href?: string; linkText?: string }) {
  return (
    <li className="flex flex-col gap-1 rounded-xl border border-line bg-white p-4">
      <span>
        <span className="block text-3xl font-bold">{formatNumber(value)}</span> {label}
      </span>
      {href ? <Link href={href}>{linkText}</Link> : null}
    </li>
  );
}

export default async function AdminHomePage() {
  const actor = await requireAdminOrNotFound("/admin");
  const d = await getDashboard(actor);
  const testsToday = d.testsToday.assessments + d.testsToday.diagRuns + d.testsToday.certifications;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">Tableau de bord</h1>
      <section aria-labelledby="a-faire">
        <h2 id="a-faire" className="mb-3 text-2xl">À traiter</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Figure label="demandes d'accès ABC Pix en attente" value={d.pendingAccessRequests} href="/admin/demandes-abc-pix" linkText="Voir les demandes" />
          <Figure label="sessions de certification à publier" value={d.sessionsToPublish} href="/admin/certification" linkText="Voir les sessions" />
          <Figure label="signalements ouverts" value={d.openReports} href="/admin/contenu/signalements" linkText="Voir les signalements" />
          <Figure label="messages de contact non traités" value={d.openContactMessages} href="/admin/messages" linkText="Voir les messages" />
        </ul>
      </section>
      <section aria-labelledby="chiffres">
        <h2 id="chiffres" className="mb-3 text-2xl">La plateforme</h2>
        <ul className="grid gap-3 sm:grid-cols-3">
          <Figure label="personnes inscrites" value={d.learners} />
          <Figure label="campagnes en cours" value={d.activeCampaigns} />
          <Figure label="tests commencés aujourd'hui" value={testsToday} />
        </ul>
        <p className="mt-2 text-sm text-muted">
          Aujourd&apos;hui : {formatNumber(d.testsToday.assessments)} tests de compétence ou de campagne, {formatNumber(d.testsToday.diagRuns)} ABC Diag,{" "}
          {formatNumber(d.testsToday.certifications)} certifications.
        </p>
      </section>
    </div>
  );
}
