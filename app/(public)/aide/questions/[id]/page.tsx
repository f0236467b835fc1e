import type { Metadata } from "next";
import Link from "next/link";
import { AUDIENCE_LABELS, FAQ } from "@/lib/help/faq";
import { pageNotFound } from "@/lib/http/not-found";
import { Answer } from "../../answer";

type Props = { params: Promise<{ id: string }> };

const entryOf = (id: string) => FAQ.find((e) => e.id === id);

export function generateStaticParams() {
  return FAQ.map((e) => ({ id: e.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = entryOf((await params).id);
  return { title: entry ? `${entry.question} – Aide` : "Page introuvable" };
}

/** One question of the help and its answer, with the way back to the others. */
export default async function HelpQuestionPage({ params }: Props) {
  const entry = entryOf((await params).id);
  if (!entry) pageNotFound();
  const related = FAQ.filter((e) => e.audience === entry.audience && e.id !== entry.id).slice(0, 5);
  return (
    <article className="prose-pix mx-auto flex max-w-3xl flex-col">
      <p>
        <Link href="/aide">Aide</Link> › {AUDIENCE_LABELS[entry.audience]}
      </p>
      <h1 className="mb-4 text-3xl">{entry.question}</h1>
      {entry.answer.map((p, i) => (
        <Answer key={i} paragraph={p} />
      ))}
      <h2>D&apos;autres questions</h2>
      <ul>
        {related.map((e) => (
          <li key={e.id}>
            <Link href={`/aide/questions/${e.id}`}>{e.question}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/aide?public=${entry.audience}`}>Toutes les questions ({AUDIENCE_LABELS[entry.audience].toLowerCase()})</Link> ·{" "}
        <Link href="/aide/contact">Nous écrire</Link>
      </p>
    </article>
  );
}
