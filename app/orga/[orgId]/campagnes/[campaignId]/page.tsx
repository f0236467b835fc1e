import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getOrgCampaign } from "@/lib/campaigns/orga/get-org-campaign";
import { appUrl } from "@/lib/env";
import { formatDate } from "@/lib/i18n/fr";
import { archiveCampaignAction, duplicateCampaignAction } from "../actions";

export const metadata: Metadata = { title: "Campagne – Pix Orga" };

type Props = { params: Promise<{ orgId: string; campaignId: string }>; searchParams: Promise<{ fait?: string; erreur?: string }> };

const DONE: Record<string, string> = {
  creee: "La campagne est créée. Donnez son code aux participants.",
  modifiee: "Les modifications sont enregistrées.",
  archivee: "La campagne est archivée : elle n'accepte plus de participants.",
  desarchivee: "La campagne est de nouveau ouverte.",
  dupliquee: "Voici la copie, avec un nouveau code.",
};

export default async function CampaignOverviewPage({ params, searchParams }: Props) {
  const { orgId, campaignId } = await params;
  const sp = await searchParams;
  const actor = await requireActorOrLogin(`/orga/${orgId}/campagnes/${campaignId}`);
  const c = await getOrgCampaign(getDb(), actor, orgId, campaignId);
  const link = `${appUrl()}/campagnes/${c.code}`;
  const mayManage = c.myRole === "ADMIN" || c.createdBy === actor.userId;
  const hidden = (
    <>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="campaignId" value={c.id} />
    </>
  );
  return (
    <div className="flex flex-col gap-6">
      <h1 className="sr-only">{c.name}</h1>
      {sp.fait && DONE[sp.fait] ? <Alert tone="success">{DONE[sp.fait]}</Alert> : null}
      {sp.erreur ? <Alert tone="error">{sp.erreur}</Alert> : null}
      <Card>
        <h2 className="text-xl">Pour participer</h2>
        <p className="mt-2">Les personnes tapent ce code sur la page « Rejoindre un parcours » de Pix :</p>
        <p className="mt-2 font-mono text-4xl font-bold tracking-widest">{c.code}</p>
        <p className="mt-3">
          Ou elles ouvrent ce lien : <a href={link} className="break-all">{link}</a>
        </p>
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          <a href={`/orga/${orgId}/campagnes/${c.id}/flyer`} download>
            Télécharger le flyer à imprimer (PDF, A4)
          </a>
          <a href={`/orga/${orgId}/campagnes/${c.id}/flyer?format=A5x2`} download>
            Deux flyers A5 par page (PDF)
          </a>
        </p>
      </Card>
      <Card>
        <h2 className="text-xl">Réglages</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Évalue</dt>
          <dd>{c.measures}</dd>
          <dt className="font-semibold">Identifiant demandé</dt>
          <dd>{c.externalIdLabel ?? "Aucun"}</dd>
          <dt className="font-semibold">Sans compte</dt>
          <dd>{c.allowAnonymous ? "Oui" : "Non"}</dd>
          <dt className="font-semibold">Grands débutants</dt>
          <dd>{c.forAbsoluteNovice ? "Oui" : "Non"}</dd>
          <dt className="font-semibold">Plusieurs envois</dt>
          <dd>{c.multipleSendings ? "Oui" : "Non"}</dd>
          <dt className="font-semibold">Créée le</dt>
          <dd>
            {formatDate(c.createdAt)}
            {c.createdByName ? ` par ${c.createdByName}` : ""}
          </dd>
        </dl>
        {c.landingText ? <p className="mt-3">Texte d&apos;accueil : « {c.landingText} »</p> : null}
      </Card>
      <div className="flex flex-wrap gap-3">
        {mayManage ? (
          <ButtonLink href={`/orga/${orgId}/campagnes/${c.id}/modifier`} variant="secondary">
            Modifier
          </ButtonLink>
        ) : null}
        <form action={duplicateCampaignAction}>
          {hidden}
          <Button variant="secondary">Dupliquer</Button>
        </form>
        {mayManage ? (
          <form action={archiveCampaignAction}>
            {hidden}
            <input type="hidden" name="archived" value={c.archivedAt ? "0" : "1"} />
            <Button variant="secondary">{c.archivedAt ? "Désarchiver" : "Archiver"}</Button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
