import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm, type FieldSpec } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/current-actor";
import { clientIp } from "@/lib/auth/rate-limit";
import { campaignCodeSchema } from "@/lib/campaigns/code";
import { findCampaignForJoin, type CampaignForJoin } from "@/lib/campaigns/find-campaign";
import { getContentIndex } from "@/lib/content";
import { DomainError } from "@/lib/errors";
import { joinDiagAction } from "../actions";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Parcours" };

export default async function CampaignLandingPage({ params }: Props) {
  const parsed = campaignCodeSchema.safeParse(decodeURIComponent((await params).code));
  if (!parsed.success) redirect("/campagnes");
  let campaign: CampaignForJoin;
  try {
    campaign = await findCampaignForJoin(getDb(), parsed.data, clientIp(await headers()));
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return (
      <div className="mx-auto flex max-w-lg flex-col gap-6">
        <h1 className="text-3xl">Accéder à un parcours</h1>
        <Alert tone="error">{e.userMessage}</Alert>
        <p>
          <Link href="/campagnes">Saisir un autre code</Link>
        </p>
      </div>
    );
  }
  const actor = await currentActor();
  const diag = getContentIndex().referential.abcDiag;
  const fields: FieldSpec[] = [{ kind: "hidden", name: "code", value: campaign.code }];
  if (campaign.externalIdLabel) {
    fields.push({
      kind: "input",
      name: "externalId",
      label: campaign.externalIdLabel,
      hint: campaign.externalIdType === "number" ? "Des chiffres seulement." : campaign.externalIdType === "email" ? "Par exemple : nom@exemple.fr" : undefined,
      required: true,
      autoComplete: "off",
      maxLength: 100,
      inputMode: campaign.externalIdType === "number" ? "numeric" : undefined,
    });
  }
  const canStart = actor !== null || campaign.allowAnonymous;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <p className="font-semibold">{campaign.organisationName}</p>
      <h1 className="text-3xl">{campaign.name}</h1>
      {campaign.landingText ? <p className="text-lg">{campaign.landingText}</p> : null}
      <section aria-labelledby="deroulement" className="flex flex-col gap-2">
        <h2 id="deroulement" className="text-2xl">
          Ce qui va se passer
        </h2>
        <ul className="list-disc pl-6 text-lg">
          <li>
            L&apos;ABC Diag : {diag?.questions.length ?? 10} questions, une par page, de {diag?.minutes.min ?? 5} à {diag?.minutes.max ?? 15} minutes.
          </li>
          <li>Si vous ne savez pas, cliquez sur « Je passe ».</li>
          <li>Votre résultat est transmis à {campaign.organisationName}.</li>
        </ul>
      </section>
      {canStart ? (
        <ActionForm action={joinDiagAction} submitLabel={actor ? "Commencer" : "Commencer sans compte"} fields={fields} />
      ) : null}
      {!actor ? (
        <p>
          Vous avez un compte Pix ? <Link href={`/connexion?retour=${encodeURIComponent(`/campagnes/${campaign.code}`)}`}>Se connecter</Link> pour garder le
          résultat dans votre compte.
        </p>
      ) : null}
    </div>
  );
}
