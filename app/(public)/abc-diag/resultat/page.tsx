import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getDiagResult } from "@/lib/abc-diag/get-diag-result";
import type { DimensionLevel, Orientation } from "@/lib/abc-diag/result";
import { currentActor } from "@/lib/auth/current-actor";
import { NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { formatDateTime } from "@/lib/i18n/fr";
import { endDiagAction } from "../actions";

export const metadata: Metadata = { title: "Résultat – ABC Diag" };

const LEVEL: Record<DimensionLevel, { text: string; tone: string }> = {
  acquis: { text: "Acquis", tone: "text-success" },
  "en-cours": { text: "En cours", tone: "text-warning" },
  "a-travailler": { text: "À travailler", tone: "text-danger" },
  "non-mesure": { text: "Non mesuré (exercices impossibles sans JavaScript)", tone: "text-muted" },
};

const ORIENTATION: Record<Orientation, { title: string; text: string }> = {
  autonome: { title: "Vous êtes autonome", text: "Vous pouvez passer les tests Pix en accès libre, à votre rythme." },
  "abc-pix": { title: "Vos bases sont en place", text: "Le parcours ABC Pix vous aidera à progresser, avec votre médiateur." },
  accompagnement: { title: "Vous débutez", text: "Votre médiateur va vous accompagner sur les gestes de base, pas à pas." },
};

type Props = { searchParams: Promise<{ garde?: string; code?: string }> };

export default async function AbcDiagResultPage({ searchParams }: Props) {
  const { garde, code } = await searchParams;
  const actor = await currentActor();
  if (!actor) redirect("/abc-diag");
  let result;
  try {
    result = await getDiagResult(actor, { resultCode: typeof code === "string" ? code : undefined });
  } catch (e) {
    if (e instanceof NotFound) {
      // another person's code, or a wrong one: nothing to show, and nothing said about it
      if (code) pageNotFound();
      redirect("/abc-diag/question");
    }
    throw e;
  }
  const o = ORIENTATION[result.orientation];
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-4xl">Votre résultat</h1>
      {garde ? <Alert tone="success">Votre compte est créé. Vos réponses à l&apos;ABC Diag y sont gardées.</Alert> : null}
      <Card>
        <p className="text-lg">Votre code de résultat, à montrer ou à dire à votre médiateur :</p>
        <p className="mt-2 font-mono text-4xl font-bold tracking-widest" id="code-resultat">
          {result.resultCode}
        </p>
        <p className="mt-2 text-sm text-muted">ABC Diag terminé le {formatDateTime(result.completedAt)}.</p>
        {result.organisationName ? <p className="mt-2">Votre résultat est transmis à {result.organisationName}.</p> : null}
      </Card>
      <section aria-labelledby="orientation" className="flex flex-col gap-2">
        <h2 id="orientation" className="text-2xl">
          {o.title}
        </h2>
        <p className="text-lg">{o.text}</p>
      </section>
      <section aria-labelledby="parties" className="flex flex-col gap-3">
        <h2 id="parties" className="text-2xl">
          Ce que vous savez faire
        </h2>
        <ul className="flex flex-col gap-3">
          {result.dimensions.map((d) => (
            <Card as="li" key={d.id}>
              <h3 className="text-xl">{d.name}</h3>
              <p className={`mt-1 text-lg font-semibold ${LEVEL[d.level].tone}`}>{LEVEL[d.level].text}</p>
              {d.played > 0 ? (
                <p className="text-sm text-muted">
                  {d.right} réussie{d.right > 1 ? "s" : ""} sur {d.played} question{d.played > 1 ? "s" : ""}
                </p>
              ) : null}
            </Card>
          ))}
        </ul>
      </section>
      {result.workOnFirst ? (
        <section aria-labelledby="pour-le-mediateur" className="flex flex-col gap-2">
          <h2 id="pour-le-mediateur" className="text-2xl">
            Pour le médiateur : à travailler d&apos;abord
          </h2>
          <p className="font-semibold">{result.workOnFirst.dimension}</p>
          <p>{result.workOnFirst.advice}</p>
          {result.workOnFirst.gestures.length ? (
            <ul className="list-disc pl-6">
              {result.workOnFirst.gestures.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <div className="no-print flex flex-col gap-4">
        <p>Pour imprimer cette page, appuyez sur les touches Ctrl et P en même temps.</p>
        <div className="flex flex-wrap gap-3">
          {actor.isAnonymous ? <ButtonLink href="/inscription">Garder mes résultats</ButtonLink> : null}
          <form action={endDiagAction}>
            <Button variant="secondary">Terminer</Button>
          </form>
        </div>
        {actor.isAnonymous ? (
          <p className="text-sm text-muted">
            « Garder mes résultats » crée un compte Pix avec vos réponses. « Terminer » ferme votre session : la personne suivante commencera à zéro sur cet
            ordinateur.
          </p>
        ) : null}
      </div>
    </div>
  );
}
