import Link from "next/link";
import { CommunityTutorials } from "@/components/learner/community-tutorials";
import { RichText } from "@/components/learner/rich-text";
import { TutorialList } from "@/components/learner/tutorial-list";
import type { AnswerStatus } from "@/lib/answers";
import type { CheckpointItem } from "@/lib/assessments/get-checkpoint";
import { fr } from "@/lib/i18n/fr";
import { proposeTutorialHref } from "@/lib/tutorials/propose-tutorial";

const STATUS: Record<AnswerStatus, { mark: string; text: string; tone: string }> = {
  ok: { mark: "✓", text: fr.answerStatus.ok, tone: "text-success" },
  ko: { mark: "✗", text: fr.answerStatus.ko, tone: "text-danger" },
  skipped: { mark: "✗", text: fr.answerStatus.skipped, tone: "text-danger" },
  timedout: { mark: "✗", text: fr.answerStatus.timedout, tone: "text-danger" },
  focusedOut: { mark: "✓", text: fr.answerStatus.focusedOut, tone: "text-success" },
  unplayable: { mark: "–", text: fr.answerStatus.unplayable, tone: "text-muted" },
};

/** The corrected answers of one series: the learner's answer, the right one, the explanation and tutorials. */
export function CheckpointItems({
  items,
  savedIds,
  here,
  reportHref,
}: {
  items: CheckpointItem[];
  savedIds: ReadonlySet<string> | null;
  here: string;
  reportHref?: (item: CheckpointItem) => string;
}) {
  return (
    <ol className="flex flex-col gap-6">
        {items.map((item) => {
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
              {item.communityTutorials.length ? (
                <div className="mt-4">
                  <h3 className="mb-2 text-lg">Proposés par des utilisateurs de Pix</h3>
                  <CommunityTutorials tutorials={item.communityTutorials} />
                </div>
              ) : null}
              <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
                {proposeTutorialHref({ challengeId: item.challengeId }, here) ? (
                  <Link href={proposeTutorialHref({ challengeId: item.challengeId }, here)!}>
                    Proposer un tutoriel<span className="sr-only"> pour la question {item.position}</span>
                  </Link>
                ) : null}
                {reportHref ? (
                  <Link href={reportHref(item)}>
                    Signaler un problème<span className="sr-only"> sur la question {item.position}</span>
                  </Link>
                ) : null}
              </p>
            </li>
          );
        })}
    </ol>
  );
}
