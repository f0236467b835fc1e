import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { AUDIENCE_LABELS, AUDIENCES, FAQ, type Audience, type FaqEntry } from "@/lib/help/faq";
import { MAX_QUERY_LENGTH, searchFaqDetailed } from "@/lib/help/search-faq";
import { Answer } from "./answer";

/** Answers shown in full on the results page; the others are links (the page stays light). */
const SHOWN_IN_FULL = 8;

export const metadata: Metadata = { title: "Aide" };

type Props = { searchParams: Promise<{ q?: string | string[]; public?: string | string[] }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function Entry({ entry, open }: { entry: FaqEntry; open?: boolean }) {
  return (
    <details id={entry.id} open={open}>
      <summary>{entry.question}</summary>
      {entry.answer.map((p, i) => (
        <Answer key={i} paragraph={p} />
      ))}
    </details>
  );
}

/** Each question as a link to its answer's page. */
function QuestionLinks({ entries }: { entries: FaqEntry[] }) {
  return (
    <ul>
      {entries.map((e) => (
        <li key={e.id}>
          <Link href={`/aide/questions/${e.id}`}>{e.question}</Link>
        </li>
      ))}
    </ul>
  );
}

function announce(count: number, query: string, audience: Audience | undefined): string {
  const where = audience ? ` (${AUDIENCE_LABELS[audience]})` : "";
  if (count === 0) return `Aucune réponse pour « ${query} »${where}.`;
  return `${count} réponse${count > 1 ? "s" : ""} pour « ${query} »${where}`;
}

export default async function HelpPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = first(params.q).slice(0, MAX_QUERY_LENGTH).trim();
  const chosen = first(params.public);
  const audience = (AUDIENCES as readonly string[]).includes(chosen) ? (chosen as Audience) : undefined;
  const result = searchFaqDetailed(FAQ, query, audience);
  const searching = result.mode !== "browse";

  return (
    // the entries' look is set once here, instead of a class list repeated on each of them
    <article className="prose-pix mx-auto flex max-w-3xl flex-col [&_details]:border-b [&_details]:border-line [&_details]:py-3 [&_details_p]:mt-2 [&_summary]:cursor-pointer [&_summary]:font-semibold">
      <h1 className="mb-4 text-3xl">Aide</h1>

      <form method="get" action="/aide" role="search" className="flex flex-col gap-3 rounded-lg bg-white p-4">
        <label htmlFor="recherche-aide" className="font-semibold">
          Rechercher dans l&apos;aide
        </label>
        <input
          id="recherche-aide"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="recherche-aide-exemple"
          className="min-h-11 rounded-md border-2 border-field bg-white px-3 py-2"
        />
        <p id="recherche-aide-exemple" className="text-sm text-muted">
          Par exemple : mot de passe, code, certificat
        </p>
        <label htmlFor="recherche-public" className="font-semibold">
          Questions pour
        </label>
        <select id="recherche-public" name="public" defaultValue={audience ?? ""} className="min-h-11 rounded-md border-2 border-field bg-white px-3 py-2">
          <option value="">Tout le monde</option>
          {AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {AUDIENCE_LABELS[a]}
            </option>
          ))}
        </select>
        <div>
          <Button>Rechercher</Button>
        </div>
      </form>

      <div role="status" className="mt-4">
        {searching ? (
          <p className="font-semibold">
            {announce(result.entries.length, query, audience)}
            {result.mode === "some" && result.entries.length > 0
              ? ` ${result.entries.length > 1 ? "qui contiennent" : "qui contient"} une partie de vos mots`
              : ""}
          </p>
        ) : null}
      </div>

      {searching ? (
        <section aria-labelledby="titre-resultats">
          <h2 id="titre-resultats">Résultats</h2>
          {result.entries.length === 0 ? (
            <p>
              Essayez avec d&apos;autres mots, ou <Link href="/aide">voyez toutes les questions</Link>.
            </p>
          ) : (
            <>
              {result.entries.slice(0, SHOWN_IN_FULL).map((e, i) => (
                <Entry key={e.id} entry={e} open={i < 3} />
              ))}
              {result.entries.length > SHOWN_IN_FULL ? (
                <>
                  <h3>Autres réponses</h3>
                  <QuestionLinks entries={result.entries.slice(SHOWN_IN_FULL)} />
                </>
              ) : null}
            </>
          )}
        </section>
      ) : (
        (audience ? [audience] : AUDIENCES).map((a) => (
          <section key={a} aria-labelledby={`titre-${a}`}>
            <h2 id={`titre-${a}`}>{AUDIENCE_LABELS[a]}</h2>
            <QuestionLinks entries={result.entries.filter((e) => e.audience === a)} />
          </section>
        ))
      )}

      <section aria-labelledby="titre-contact">
        <h2 id="titre-contact">Vous n&apos;avez pas trouvé ?</h2>
        <p>
          <Link href="/aide/contact">Écrivez-nous</Link> : l&apos;équipe Pix vous répondra par e-mail.
        </p>
      </section>
    </article>
  );
}
