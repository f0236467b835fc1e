import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FocusGuard } from "@/components/certification/focus-guard";
import { ChallengeForm } from "@/components/learner/challenge-form";
import { Countdown } from "@/components/learner/countdown";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getCurrentQuestion } from "@/lib/certification/courses/get-current-question";
import { fr } from "@/lib/i18n/fr";
import { certificationAnswerAction } from "../actions";

export const metadata: Metadata = { title: "Test de certification" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ erreur?: string; info?: string; focus?: string }> };

function remaining(minutes: number): string {
  return minutes <= 1 ? "moins d'une minute" : `${minutes} minutes`;
}

export default async function CertificationTestPage({ searchParams }: Props) {
  const { erreur, info, focus } = await searchParams;
  const actor = await requireActorOrLogin("/certification/test");
  const current = await getCurrentQuestion(actor, { revealFocused: focus === "pret" }, new Date());
  if (current.kind === "elsewhere") redirect(current.page);
  const header = (
    <div>
      <p className="font-semibold">Test de certification</p>
      <h1 className="text-3xl">
        Question {current.number} sur {current.total}
      </h1>
      <p className="mt-1">
        Temps restant : <strong>{remaining(current.minutesLeft)}</strong>
      </p>
    </div>
  );
  if (current.kind === "focus-warning") {
    return (
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        {header}
        <Alert tone="warning" title="La question suivante est une question « focus »">
          <p>Si vous quittez cette page, la question comptera comme fausse.</p>
          <p>Restez sur cette page jusqu&apos;à votre réponse : n&apos;ouvrez pas d&apos;autre onglet, d&apos;autre fenêtre ou d&apos;autre application.</p>
        </Alert>
        <p>
          <Link href="/certification/test?focus=pret" className={buttonClass("primary")}>
            Je suis prêt, afficher la question
          </Link>
        </p>
      </div>
    );
  }
  const { challenge } = current;
  const error = erreur === "vide" ? fr.emptyAnswer : erreur;
  return (
    <div className={`mx-auto flex flex-col gap-6 ${challenge.simulator ? "max-w-5xl" : "max-w-3xl"}`}>
      {header}
      {info === "ailleurs" ? <Alert tone="info">Cette réponse ne correspondait pas à la question en cours. Voici la question à laquelle répondre.</Alert> : null}
      {challenge.focused ? (
        <>
          <Alert tone="warning" title="Question « focus »">
            <p>Si vous quittez cette page, la question comptera comme fausse.</p>
          </Alert>
          <FocusGuard courseId={current.courseId} challengeId={challenge.id} />
        </>
      ) : null}
      {challenge.timer !== null ? (
        <Alert tone="warning" title={`Question chronométrée : vous avez ${challenge.timer} secondes pour répondre.`}>
          <p>Après ce temps, votre réponse comptera comme fausse.</p>
          {current.secondsLeft !== null ? <Countdown seconds={current.secondsLeft} /> : null}
        </Alert>
      ) : null}
      <ChallengeForm challenge={challenge} hiddenFields={{ courseId: current.courseId }} action={certificationAnswerAction} error={error} />
      <p className="text-sm text-muted">Un problème avec cette question ou votre ordinateur ? Levez la main : votre surveillant le notera.</p>
    </div>
  );
}
