import type { Metadata } from "next";
import Link from "next/link";
import { saveTutorialAction, voteTutorialAction } from "@/app/(learner)/competences/actions";
import { RichText } from "@/components/learner/rich-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { illustrationSrc } from "@/lib/assessments/challenge-view";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getContentIndex } from "@/lib/content";
import { pageNotFound } from "@/lib/http/not-found";
import { getTutorialForLearner } from "@/lib/tutorials/list-tutorials";
import { proposeTutorialHref } from "@/lib/tutorials/propose-tutorial";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ vote?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: getContentIndex().tutorialById.get(id)?.title ?? "Tutoriel" };
}

export default async function TutorialPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { vote } = await searchParams;
  const actor = await requireActorOrLogin(`/tutoriels/${id}`);
  const data = await getTutorialForLearner(actor, id);
  if (!data) pageNotFound();
  const { tutorial, saved } = data;
  const proposeHref = proposeTutorialHref({ tutorialId: tutorial.id }, `/tutoriels/${tutorial.id}`);
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6">
      <p>
        <Link href="/tutoriels">← Mes tutoriels</Link>
      </p>
      <h1 className="text-3xl">{tutorial.title}</h1>
      <p className="text-muted">{tutorial.duration} min de lecture</p>
      {tutorial.illustration ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={illustrationSrc(tutorial.illustration.file)} alt={tutorial.illustration.alt} className="max-w-full rounded-md border border-line bg-white" />
      ) : null}
      <RichText text={tutorial.body} />
      {tutorial.sources.length ? (
        <section aria-labelledby="sources">
          <h2 id="sources" className="mb-2 text-xl">
            Pour aller plus loin
          </h2>
          <ul className="list-disc pl-6">
            {tutorial.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} rel="noopener noreferrer">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form action={saveTutorialAction}>
        <input type="hidden" name="tutorialId" value={tutorial.id} />
        <input type="hidden" name="saved" value={saved ? "0" : "1"} />
        <input type="hidden" name="retour" value={`/tutoriels/${tutorial.id}`} />
        <Button variant="secondary">{saved ? "Retirer de mes tutoriels" : "Enregistrer ce tutoriel"}</Button>
      </form>
      <section aria-labelledby="avis" className="rounded-xl border border-line bg-white p-5">
        <h2 id="avis" className="mb-3 text-xl">
          Ce tutoriel vous a-t-il aidé ?
        </h2>
        {vote === "merci" ? (
          <div className="mb-3">
            <Alert tone="success">Merci pour votre avis.</Alert>
          </div>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <form action={voteTutorialAction}>
            <input type="hidden" name="tutorialId" value={tutorial.id} />
            <input type="hidden" name="useful" value="1" />
            <Button variant={data.vote === true ? "primary" : "secondary"} aria-pressed={data.vote === true}>
              Utile
            </Button>
          </form>
          <form action={voteTutorialAction}>
            <input type="hidden" name="tutorialId" value={tutorial.id} />
            <input type="hidden" name="useful" value="0" />
            <Button variant={data.vote === false ? "primary" : "secondary"} aria-pressed={data.vote === false}>
              Pas utile
            </Button>
          </form>
        </div>
      </section>
      {proposeHref ? (
        <p>
          Vous connaissez une autre ressource utile sur ce sujet ? <Link href={proposeHref}>Proposer un tutoriel</Link>
        </p>
      ) : null}
    </article>
  );
}
