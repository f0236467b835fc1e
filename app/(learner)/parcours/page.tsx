import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { listMyParticipations, type MyParticipationStatus } from "@/lib/campaigns/list-my-participations";
import { formatDate } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: "Mes parcours" };

const STATUS: Record<MyParticipationStatus, string> = {
  "en-cours": "En cours",
  "a-envoyer": "Résultats à envoyer",
  envoye: "Envoyé",
  "a-retenter": "Envoyé · à retenter",
};

const ACTION: Record<Exclude<MyParticipationStatus, "envoye">, string> = {
  "en-cours": "Reprendre",
  "a-envoyer": "Voir et envoyer mes résultats",
  "a-retenter": "Retenter le parcours",
};

export default async function MyCampaignsPage() {
  const actor = await requireActorOrLogin("/parcours");
  const list = await listMyParticipations(actor);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl">Mes parcours</h1>
      <p>Les parcours qu&apos;une structure vous a proposés avec un code.</p>
      {list.length === 0 ? <p>Vous n&apos;avez encore commencé aucun parcours.</p> : null}
      <ul className="flex flex-col gap-4">
        {list.map((p) => (
          <Card as="li" key={p.participationId}>
            <p className="text-sm text-muted">{p.organisationName}</p>
            <h2 className="text-xl">{p.campaignName}</h2>
            <p className="mt-1">
              Commencé le {formatDate(p.startedAt)} · <strong>{STATUS[p.status]}</strong>
              {p.sharedAt ? <> · envoyé le {formatDate(p.sharedAt)}</> : null}
            </p>
            <div className="mt-3">
              {p.status === "envoye" ? (
                <Link href={p.href}>
                  Voir mon résultat<span className="sr-only"> : {p.campaignName}</span>
                </Link>
              ) : (
                <ButtonLink href={p.href}>
                  {ACTION[p.status]}
                  <span className="sr-only"> : {p.campaignName}</span>
                </ButtonLink>
              )}
            </div>
          </Card>
        ))}
      </ul>
      <p>
        <Link href="/campagnes">Accéder à un parcours avec un code</Link>
      </p>
    </div>
  );
}
