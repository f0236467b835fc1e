import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm, type FieldSpec } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/current-actor";
import { clientIp } from "@/lib/auth/rate-limit";
import { campaignCodeSchema } from "@/lib/campaigns/code";
import { findCampaignForJoin, type CampaignForJoin } from "@/lib/campaigns/find-campaign";
import { getMyParticipation } from "@/lib/campaigns/get-my-participation";
import { getContentIndex } from "@/lib/content";
import { DomainError } from "@/lib/errors";
import { joinAction } from "../actions";

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
  const mine = actor ? await getMyParticipation(getDb(), actor, campaign.code) : null;
  const fields: FieldSpec[] = [{ kind: "hidden", name: "code", value: campaign.code }];
  if (campaign.externalIdLabel && !mine) {
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
  const registered = actor !== null && !actor.isAnonymous;
  const canStart = registered || campaign.allowAnonymous;
  const here = `/campagnes/${campaign.code}`;
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
          {whatHappens(campaign).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      {mine ? (
        <div>
          <ButtonLink href={nextStep(campaign, mine.assessment?.state ?? null)}>Reprendre</ButtonLink>
        </div>
      ) : canStart ? (
        <ActionForm action={joinAction} submitLabel={registered || actor ? "Commencer" : "Commencer sans compte"} fields={fields} />
      ) : null}
      {!registered && !mine ? (
        <section aria-labelledby="compte" className="flex flex-col gap-3">
          <h2 id="compte" className="text-xl">
            {campaign.allowAnonymous ? "Vous avez un compte Pix ?" : "Pour commencer, connectez-vous"}
          </h2>
          <p>{campaign.allowAnonymous ? "Connectez-vous pour garder le résultat dans votre compte." : "Ce parcours se passe avec un compte Pix : vos réponses sont gardées et vous pouvez faire une pause."}</p>
          <div className="flex flex-wrap gap-3">
            <ButtonLink href={`/connexion?retour=${encodeURIComponent(here)}`} variant={campaign.allowAnonymous ? "secondary" : "primary"}>
              Se connecter
            </ButtonLink>
            <ButtonLink href={`/inscription?retour=${encodeURIComponent(here)}`} variant="secondary">
              Créer un compte
            </ButtonLink>
          </div>
        </section>
      ) : null}
    </div>
  );
}

/** The steps of the campaign, in plain words. */
function whatHappens(c: CampaignForJoin): string[] {
  const index = getContentIndex();
  if (c.type === "abc-diag") {
    const diag = index.referential.abcDiag;
    return [
      `L'ABC Diag : ${diag?.questions.length ?? 10} questions, une par page, de ${diag?.minutes.min ?? 5} à ${diag?.minutes.max ?? 15} minutes.`,
      "Si vous ne savez pas, cliquez sur « Je passe ».",
      `Votre résultat est transmis à ${c.organisationName}.`,
    ];
  }
  if (c.type === "profiles") {
    return [
      `Vous envoyez votre profil Pix (vos 16 compétences) à ${c.organisationName}.`,
      "Si vous n'avez pas encore de profil, vous commencerez par tester une compétence.",
    ];
  }
  const profile = c.targetProfileId ? index.targetProfileById.get(c.targetProfileId) : undefined;
  const tubes = profile?.tubes.length ?? 10;
  return [
    `Un test sur : ${profile?.name ?? c.name}. Les questions s'adaptent à vos réponses.`,
    `Environ ${tubes} à ${tubes * 2} questions, une par page. Comptez de ${Math.round(tubes * 0.75)} à ${tubes * 2} minutes.`,
    "Si vous ne savez pas, cliquez sur « Je passe ». Vous pouvez faire une pause : vos réponses sont gardées.",
    c.forAbsoluteNovice ? "" : "Toutes les 5 questions, vous voyez vos réponses corrigées, avec des tutoriels.",
    c.forAbsoluteNovice
      ? `À la fin, vous voyez vos résultats. Ils sont transmis à ${c.organisationName}.`
      : `À la fin, vous voyez vos résultats et vous choisissez de les envoyer à ${c.organisationName}.`,
  ].filter(Boolean);
}

function nextStep(c: CampaignForJoin, assessmentState: string | null): string {
  if (c.type === "abc-diag") return "/abc-diag/question";
  if (c.type === "assessment" && assessmentState === "started") return `/campagnes/${c.code}/evaluation`;
  return `/campagnes/${c.code}/resultat`;
}
