import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { answerAction } from "@/app/(learner)/competences/actions";
import { ChallengeForm } from "@/components/learner/challenge-form";
import { Countdown } from "@/components/learner/countdown";
import { Alert } from "@/components/ui/alert";
import { getCurrentChallenge, SERIES_LENGTH } from "@/lib/assessments/get-current-challenge";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getContentIndex } from "@/lib/content";
import { pageNotFound } from "@/lib/http/not-found";
import { fr } from "@/lib/i18n/fr";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ erreur?: string; info?: string; signalement?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const c = getContentIndex().competenceByCode.get(code);
  return { title: c ? `Question – ${c.code} ${c.name}` : "Question" };
}

function formatDuration(s: number): string {
  const m = Math.floor(s / 60);
  const r = s % 60;
  if (m === 0) return `${r} secondes`;
  return r ? `${m} min ${r} s` : `${m} minute${m > 1 ? "s" : ""}`;
}

export default async function ChallengePage({ params, searchParams }: Props) {
  const { code } = await params;
  const { erreur, info, signalement } = await searchParams;
  const path = `/competences/${code}/evaluation`;
  const actor = await requireActorOrLogin(path);
  if (!getContentIndex().competenceByCode.has(code)) pageNotFound();
  const current = await getCurrentChallenge(actor, { competenceCode: code });
  if (current.kind === "none") redirect(`/competences/${code}`);
  if (current.kind === "completed") redirect(`/competences/${code}/resultat`);
  const { competence, challenge, questionNumber, placeInSeries, secondsLeft } = current;
  const error = erreur === "vide" ? fr.emptyAnswer : erreur;
  return (
    <div className={`mx-auto flex flex-col gap-6 ${challenge.simulator ? "max-w-5xl" : "max-w-3xl"}`}>
      <div>
        <p className="font-semibold">
          {competence.code} {competence.name}
        </p>
        <h1 className="text-3xl">Question {questionNumber}</h1>
        <p className="mt-1 text-muted">
          Question {placeInSeries} sur {SERIES_LENGTH} de cette série. Après {SERIES_LENGTH} questions, vous verrez vos réponses corrigées.
        </p>
        <ol aria-hidden="true" className="mt-2 flex gap-2">
          {Array.from({ length: SERIES_LENGTH }, (_, i) => (
            <li key={i} className={`h-2 w-10 rounded-full ${i < placeInSeries ? "bg-primary" : "bg-line"}`} />
          ))}
        </ol>
      </div>
      {info === "ailleurs" ? <Alert tone="info">Cette réponse ne correspondait pas à la question en cours. Voici la question à laquelle répondre.</Alert> : null}
      {signalement === "envoye" ? <Alert tone="success">Merci, votre signalement est envoyé. Vous pouvez continuer.</Alert> : null}
      {signalement === "echec" ? <Alert tone="warning">Votre signalement n&apos;a pas pu être envoyé. Vous pouvez continuer le test.</Alert> : null}
      {challenge.timer !== null ? (
        <Alert tone="warning" title={`Question chronométrée : vous avez ${formatDuration(challenge.timer)} pour répondre.`}>
          <p>Après ce temps, votre réponse comptera comme fausse.</p>
          {secondsLeft !== null ? <Countdown seconds={secondsLeft} /> : null}
        </Alert>
      ) : null}
      <ChallengeForm
        challenge={challenge}
        hiddenFields={{ assessmentId: current.assessmentId, code }}
        reportHref={`${path}/signaler?epreuve=${encodeURIComponent(challenge.id)}`}
        action={answerAction}
        error={error}
      />
    </div>
  );
}
