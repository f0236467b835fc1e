import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChallengeForm } from "@/components/learner/challenge-form";
import { Alert } from "@/components/ui/alert";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getDiagQuestion } from "@/lib/abc-diag/get-diag-question";
import { currentActor } from "@/lib/auth/current-actor";
import { answerDiagAction } from "../actions";

type Props = { searchParams: Promise<{ info?: string; erreur?: string }> };

async function current() {
  const actor = await currentActor();
  return actor ? getDiagQuestion(actor) : ({ kind: "none" } as const);
}

export async function generateMetadata(): Promise<Metadata> {
  const q = await current();
  return { title: q.kind === "question" ? `Question ${q.number} sur ${q.total} – ABC Diag` : "ABC Diag" };
}

export default async function AbcDiagQuestionPage({ searchParams }: Props) {
  const { info, erreur } = await searchParams;
  const q = await current();
  if (q.kind === "none") redirect("/abc-diag");
  if (q.kind === "completed") redirect("/abc-diag/resultat");
  return (
    <div className={`mx-auto flex flex-col gap-6 ${q.challenge.simulator ? "max-w-5xl" : "max-w-3xl"}`}>
      <div className="flex flex-col gap-2">
        <p className="font-semibold">ABC Diag</p>
        <h1 className="text-3xl">
          Question {q.number} sur {q.total}
        </h1>
        <ProgressBar value={q.number} max={q.total} label="Avancement" valueText={`Question ${q.number} sur ${q.total}`} />
      </div>
      {info === "ailleurs" ? <Alert tone="info">Voici la question à laquelle répondre maintenant.</Alert> : null}
      <ChallengeForm challenge={q.challenge} hiddenFields={{ runId: q.runId }} action={answerDiagAction} error={erreur} large />
    </div>
  );
}
