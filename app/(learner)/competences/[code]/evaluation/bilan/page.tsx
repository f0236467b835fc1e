import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RichText } from "@/components/learner/rich-text";
import { TutorialList } from "@/components/learner/tutorial-list";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import type { AnswerStatus } from "@/lib/answers";
import { getCheckpoint } from "@/lib/assessments/get-checkpoint";
import { fr } from "@/lib/i18n/fr";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { NotFound } from "@/lib/errors";
import { listMyTutorials } from "@/lib/tutorials/list-tutorials";
import { proposeTutorialHref } from "@/lib/tutorials/propose-tutorial";

export const metadata: Metadata = { title: "Vos réponses corrigées" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ serie?: string; signalement?: string }> };

const STATUS: Record<AnswerStatus, { mark: string; text: string; tone: string }> = {
  ok: { mark: "✓", text: fr.answerStatus.ok, tone: "text-success" },
  ko: { mark: "✗", text: fr.answerStatus.ko, tone: "text-danger" },
  skipped: { mark: "✗", text: fr.answerStatus.skipped, tone: "text-danger" },
  timedout: { mark: "✗", text: fr.answerStatus.timedout, tone: "text-danger" },
  focusedOut: { mark: "✓", text: fr.answerStatus.focusedOut, tone: "text-success" },
  unplayable: { mark: "–", text: fr.answerStatus.unplayable, tone: "text-muted" },
};

export default async function CheckpointPage({ params, searchParams }: Props) {
  const { code } = await params;
  const sp = await searchParams;
  const series = Number.parseInt(sp.serie ?? "", 10);
  const actor = await requireActorOrLogin(`/competences/${code}/evaluation`);
  if (!Number.isInteger(series) || series < 1 || series > 200) redirect(`/competences/${code}/evaluation`);
  let cp;
  try {
    cp = await getCheckpoint(actor, { competenceCode: code, series });
  } catch (e) {
    if (e instanceof NotFound) redirect(`/competences/${code}/evaluation`);
    throw e;
  }
  const { savedIds } = await listMyTutorials(actor);
  const here = `/competences/${code}/evaluation/bilan?serie=${series}`;
  const first = cp.items[0]!.position;
  const last = cp.items[cp.items.length - 1]!.position;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <p className="font-semibold">
          {cp.competence.code} {cp.competence.name}
        </p>
        <h1 className="text-3xl">
          Vos réponses corrigées : questions {first} à {last}
        </h1>
      </div>
      {sp.signalement === "envoye" ? <Alert tone="success">Merci, votre signalement est envoyé.</Alert> : null}
      <ol className="flex flex-col gap-6">
        {cp.items.map((item) => {
          const s = STATUS[item.status];
          return (
            <li key={item.answerId} className="rounded-xl border border-line bg-white p-5">
              <h2 className="text-xl">
                Question {item.position} :{" "}
                <span className={s.tone}>
                  <span aria-hidden="true">{s.mark} </span>
                  {s.text}
                </span>
              </h2>
              <details className="mt-2">
                <summary className="cursor-pointer text-primary underline">Revoir la question</summary>
                <RichText text={item.instruction} className="mt-2" />
              </details>
              {item.given.length ? (
                <p className="mt-3">
                  <strong>Votre réponse :</strong> {item.given.join(" ; ")}
                </p>
              ) : null}
              {item.status !== "ok" && item.expected.length ? (
                <p className="mt-1">
                  <strong>La bonne réponse :</strong> {item.expected.join(" ; ")}
                </p>
              ) : null}
              <div className="mt-3">
                <p className="font-semibold">Explication</p>
                <RichText text={item.explanation} />
              </div>
              {item.successTutorials.length ? (
                <div className="mt-4">
                  <h3 className="mb-2 text-lg">Pour réussir la prochaine fois</h3>
                  <TutorialList tutorials={item.successTutorials} savedIds={savedIds} returnTo={here} />
                </div>
              ) : null}
              {item.learnMoreTutorials.length ? (
                <div className="mt-4">
                  <h3 className="mb-2 text-lg">Pour en apprendre davantage</h3>
                  <TutorialList tutorials={item.learnMoreTutorials} savedIds={savedIds} returnTo={here} />
                </div>
              ) : null}
              <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
                {proposeTutorialHref({ challengeId: item.challengeId }, here) ? (
                  <Link href={proposeTutorialHref({ challengeId: item.challengeId }, here)!}>
                    Proposer un tutoriel<span className="sr-only"> pour la question {item.position}</span>
                  </Link>
                ) : null}
                <Link href={`/competences/${code}/evaluation/signaler?epreuve=${encodeURIComponent(item.challengeId)}&retour=${encodeURIComponent(here)}`}>
                  Signaler un problème<span className="sr-only"> sur la question {item.position}</span>
                </Link>
              </p>
            </li>
          );
        })}
      </ol>
      <div>
        {cp.completed ? (
          <ButtonLink href={`/competences/${code}/resultat`}>Voir mon résultat</ButtonLink>
        ) : (
          <ButtonLink href={`/competences/${code}/evaluation`}>Continuer le test</ButtonLink>
        )}
      </div>
    </div>
  );
}
