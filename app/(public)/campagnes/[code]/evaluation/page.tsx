import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChallengeForm } from "@/components/learner/challenge-form";
import { Countdown } from "@/components/learner/countdown";
import { ThemeProgress } from "@/components/learner/theme-progress";
import { Alert } from "@/components/ui/alert";
import { SERIES_LENGTH } from "@/lib/assessments/get-current-challenge";
import { currentActor } from "@/lib/auth/current-actor";
import { campaignCodeSchema } from "@/lib/campaigns/code";
import { getCampaignChallenge } from "@/lib/campaigns/get-campaign-challenge";
import { NotFound } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { campaignAnswerAction } from "../../actions";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ erreur?: string; info?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = campaignCodeSchema.safeParse(decodeURIComponent((await params).code));
  const actor = await currentActor();
  if (!code.success || !actor) return { title: "Parcours" };
  try {
    const current = await getCampaignChallenge(actor, { code: code.data });
    return { title: current.kind === "challenge" ? `Question ${current.questionNumber} – ${current.campaign.name}` : current.campaign.name };
  } catch {
    return { title: "Parcours" };
  }
}

export default async function CampaignChallengePage({ params, searchParams }: Props) {
  const parsed = campaignCodeSchema.safeParse(decodeURIComponent((await params).code));
  if (!parsed.success) redirect("/campagnes");
  const code = parsed.data;
  const { erreur, info } = await searchParams;
  const actor = await currentActor();
  if (!actor) redirect(`/campagnes/${code}`);
  let current;
  try {
    current = await getCampaignChallenge(actor, { code });
  } catch (e) {
    if (e instanceof NotFound) redirect(`/campagnes/${code}`);
    throw e;
  }
  if (current.kind === "completed") redirect(`/campagnes/${code}/resultat`);
  const { campaign, challenge, questionNumber, placeInSeries, secondsLeft } = current;
  const error = erreur === "vide" ? fr.emptyAnswer : erreur;
  return (
    <div className={`mx-auto flex flex-col gap-6 ${challenge.simulator ? "max-w-5xl" : "max-w-3xl"}`}>
      <div className="flex flex-col gap-2">
        <p className="font-semibold">{campaign.name}</p>
        <h1 className="text-3xl">Question {questionNumber}</h1>
        {!campaign.forAbsoluteNovice ? (
          <p className="text-muted">
            Question {placeInSeries} sur {SERIES_LENGTH} de cette série. Après {SERIES_LENGTH} questions, vous verrez vos réponses corrigées.
          </p>
        ) : null}
        <ThemeProgress themes={current.progress} />
      </div>
      {info === "ailleurs" ? <Alert tone="info">Cette réponse ne correspondait pas à la question en cours. Voici la question à laquelle répondre.</Alert> : null}
      {challenge.timer !== null ? (
        <Alert tone="warning" title={`Question chronométrée : vous avez ${challenge.timer} secondes pour répondre.`}>
          <p>Après ce temps, votre réponse comptera comme fausse.</p>
          {secondsLeft !== null ? <Countdown seconds={secondsLeft} /> : null}
        </Alert>
      ) : null}
      <ChallengeForm challenge={challenge} hiddenFields={{ assessmentId: current.assessmentId, code }} action={campaignAnswerAction} error={error} />
    </div>
  );
}
