import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { TestRules } from "@/components/certification/test-rules";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getCandidateState } from "@/lib/certification/courses/get-candidate-state";
import { startCourseAction } from "../actions";

export const metadata: Metadata = { title: "En attente du surveillant – Certification" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ erreur?: string }> };

export default async function WaitingPage({ searchParams }: Props) {
  const { erreur } = await searchParams;
  const actor = await requireActorOrLogin("/certification/attente");
  const state = await getCandidateState(actor, new Date());
  if (state.kind === "none") redirect("/certification");
  if (state.page !== "/certification/attente") redirect(state.page);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <p className="font-semibold">Session de certification {state.sessionNumber}</p>
      {erreur ? <Alert tone="error">{erreur}</Alert> : null}
      {state.state === "authorised" ? (
        <>
          <h1 className="text-3xl">Votre surveillant a autorisé le début du test</h1>
          <TestRules minutes={state.minutes} extraTimePercent={state.extraTimePercent} questionCount={state.questionCount} />
          <form action={startCourseAction}>
            <input type="hidden" name="courseId" value={state.courseId} />
            <Button>Commencer mon test</Button>
          </form>
        </>
      ) : state.state === "paused" ? (
        <>
          <h1 className="text-3xl">Votre test est en pause</h1>
          <p>Votre test est en pause. Demandez à votre surveillant d&apos;autoriser la reprise.</p>
          {state.minutesLeft !== null ? <p>Le temps continue de s&apos;écouler : il vous reste environ {state.minutesLeft} minutes.</p> : null}
          <p>Une fois la reprise autorisée, cliquez sur « Actualiser ».</p>
          <p>
            <Link href="/certification/attente" className="font-semibold">
              Actualiser
            </Link>
          </p>
        </>
      ) : (
        <>
          <h1 className="text-3xl">Votre surveillant va autoriser le début du test</h1>
          <p>Vous avez bien rejoint la session. Attendez que votre surveillant autorise le début du test, puis cliquez sur « Actualiser ».</p>
          <p>
            <Link href="/certification/attente" className="font-semibold">
              Actualiser
            </Link>
          </p>
          <TestRules minutes={state.minutes} extraTimePercent={state.extraTimePercent} questionCount={state.questionCount} />
        </>
      )}
    </div>
  );
}
