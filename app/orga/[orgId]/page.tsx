import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { CAMPAIGN_TYPE_LABEL } from "@/lib/campaigns/orga/get-org-campaign";
import { listOrgCampaigns } from "@/lib/campaigns/orga/list-org-campaigns";
import { formatDate } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: "Campagnes – Pix Orga" };

type Props = { params: Promise<{ orgId: string }>; searchParams: Promise<{ archivees?: string }> };

export default async function OrgCampaignsPage({ params, searchParams }: Props) {
  const { orgId } = await params;
  const archived = (await searchParams).archivees === "1";
  const actor = await requireActorOrLogin(`/orga/${orgId}`);
  const list = await listOrgCampaigns(actor, { orgId, archived });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl">{archived ? "Campagnes archivées" : "Campagnes"}</h1>
        <ButtonLink href={`/orga/${orgId}/campagnes/nouvelle`}>Créer une campagne</ButtonLink>
      </div>
      <p>
        {archived ? <Link href={`/orga/${orgId}`}>Voir les campagnes en cours</Link> : <Link href={`/orga/${orgId}?archivees=1`}>Voir les campagnes archivées</Link>}
      </p>
      {list.length === 0 ? (
        <p>{archived ? "Aucune campagne archivée." : "Aucune campagne pour l'instant. Créez-en une : vous obtiendrez un code à donner aux personnes."}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{archived ? "Campagnes archivées" : "Campagnes en cours"}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="p-3">Nom</th>
                <th scope="col" className="p-3">Code</th>
                <th scope="col" className="p-3">Type</th>
                <th scope="col" className="p-3">Créée le</th>
                <th scope="col" className="p-3">Participants</th>
                <th scope="col" className="p-3">Résultats reçus</th>
              </tr>
            </thead>
            <tbody>
              {list.map((c) => (
                <tr key={c.id} className="border-b border-line">
                  <th scope="row" className="p-3 font-normal">
                    <Link href={`/orga/${orgId}/campagnes/${c.id}`} className="font-semibold">
                      {c.name}
                    </Link>
                    <span className="block text-sm text-muted">{c.measures}</span>
                  </th>
                  <td className="p-3 font-mono">{c.code}</td>
                  <td className="p-3">{CAMPAIGN_TYPE_LABEL[c.type] ?? c.type}</td>
                  <td className="p-3">
                    {formatDate(c.createdAt)}
                    {c.createdByName ? <span className="block text-sm text-muted">par {c.createdByName}</span> : null}
                  </td>
                  <td className="p-3">{c.participants.toLocaleString("fr-FR")}</td>
                  <td className="p-3">{c.shared.toLocaleString("fr-FR")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
