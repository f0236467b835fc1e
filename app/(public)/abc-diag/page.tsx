import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getDiagQuestion } from "@/lib/abc-diag/get-diag-question";
import { currentActor } from "@/lib/auth/current-actor";
import { getContentIndex } from "@/lib/content";
import { startDiagAction } from "./actions";

export const metadata: Metadata = { title: "ABC Diag : ce que vous savez déjà faire" };

type Props = { searchParams: Promise<{ session?: string }> };

export default async function AbcDiagHomePage({ searchParams }: Props) {
  const { session } = await searchParams;
  const actor = await currentActor();
  const current = actor ? await getDiagQuestion(actor) : { kind: "none" as const };
  const diag = getContentIndex().referential.abcDiag;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-4xl">ABC Diag</h1>
      {session === "terminee" ? <Alert tone="warning">Votre session est terminée. Vous pouvez recommencer le diagnostic.</Alert> : null}
      <p className="text-xl">Quelques questions pour voir ce que vous savez déjà faire avec un ordinateur.</p>
      <ul className="flex flex-col gap-2 text-lg">
        <li>
          <strong>{diag?.questions.length ?? 10} questions</strong>, une par page.
        </li>
        <li>
          Cela prend <strong>de {diag?.minutes.min ?? 5} à {diag?.minutes.max ?? 15} minutes</strong>.
        </li>
        <li>Pas besoin de compte ni d&apos;adresse e-mail.</li>
        <li>Si vous ne savez pas, cliquez sur « Je passe ». Ce n&apos;est pas grave.</li>
        <li>À la fin, montrez le résultat à la personne qui vous accompagne.</li>
      </ul>
      <form action={startDiagAction}>
        <Button className="min-h-14 px-8 text-xl">{current.kind === "question" ? "Reprendre l'ABC Diag" : "Commencer l'ABC Diag"}</Button>
      </form>
    </div>
  );
}
