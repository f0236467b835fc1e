import type { ReactNode } from "react";
import Link from "next/link";
import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/current-actor";
import { CAMPAIGN_TYPE_LABEL, getOrgCampaign, type OrgCampaign } from "@/lib/campaigns/orga/get-org-campaign";
import { NotAllowed, NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";

type Props = { children: ReactNode; params: Promise<{ orgId: string; campaignId: string }> };

/**
 * One campaign in Pix Orga: its name, code and tabs. Members of its organisation only (others get
 * the 404 page); each page checks again through its own service.
 */
export default async function CampaignLayout({ children, params }: Props) {
  const { orgId, campaignId } = await params;
  const actor = await currentActor();
  if (!actor || actor.isAnonymous) return children;
  let c: OrgCampaign;
  try {
    c = await getOrgCampaign(getDb(), actor, orgId, campaignId);
  } catch (e) {
    if (e instanceof NotAllowed || e instanceof NotFound) pageNotFound();
    throw e;
  }
  const base = `/orga/${orgId}/campagnes/${c.id}`;
  const tabs: [string, string][] = [
    [base, "Présentation"],
    [`${base}/activite`, "Activité"],
    [`${base}/resultats`, "Résultats"],
  ];
  if (c.type !== "profiles") tabs.push([`${base}/analyse`, "Analyse"], [`${base}/groupes`, "Groupes"]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-muted">
          <Link href={`/orga/${orgId}`}>Campagnes</Link> › {CAMPAIGN_TYPE_LABEL[c.type] ?? c.type}
        </p>
        <p className="text-2xl font-bold">
          {c.name}
          {c.archivedAt ? <span className="ml-2 rounded bg-line px-2 py-1 text-sm font-normal">Archivée</span> : null}
        </p>
        <p>
          Code : <strong className="font-mono tracking-wider">{c.code}</strong> · {c.measures}
        </p>
      </div>
      <nav aria-label="Campagne">
        <ul className="flex flex-wrap gap-1 border-b border-line">
          {tabs.map(([href, label]) => (
            <li key={href}>
              <Link href={href} className="block rounded-t px-3 py-2 font-semibold text-ink no-underline hover:bg-primary-light">
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
