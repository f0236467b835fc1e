import type { Metadata } from "next";
import Link from "next/link";
import { getReferential } from "@/lib/content";
import { abcListingData } from "@/lib/content/abc-listing";

export const metadata: Metadata = { title: "Contenu des tests ABC Pix – Kit de déploiement" };

const KIT = "/mediation-numerique/kit";

/**
 * What ABC Diag and each ABC Pix profile measure, from the referential (the same source as
 * docs/contenu-abc-pix.md). Each profile's subjects are on their own page, to keep pages light.
 */
export default function AbcContentPage() {
  const { diag, profiles } = abcListingData(getReferential());
  return (
    <article className="prose-pix mx-auto flex max-w-3xl flex-col">
      <p>
        <Link href={KIT}>Kit de déploiement</Link>
      </p>
      <h1 className="mb-4 text-3xl">Contenu des tests ABC Pix</h1>
      <p>Ce que mesurent ABC Diag et les parcours ABC Pix, avec des exemples de tâches.</p>
      {diag ? (
        <section aria-labelledby="abc-diag">
          <h2 id="abc-diag">{diag.name}</h2>
          <p>{diag.description}</p>
          <p>
            <strong>
              {diag.questionCount} questions, de {diag.minutes.min} à {diag.minutes.max} minutes, sans compte.
            </strong>
          </p>
          {diag.dimensions.map((d) => (
            <section key={d.name}>
              <h3 className="mt-4 text-lg">
                {d.name} ({d.questions.length} questions)
              </h3>
              <p>{d.description}</p>
              <ul>
                {d.questions.map((q) => (
                  <li key={q.gesture}>
                    {q.gesture} — {q.kind}
                  </li>
                ))}
              </ul>
              <p>Si cette partie est à travailler&nbsp;: {d.workOn}</p>
            </section>
          ))}
        </section>
      ) : null}
      <h2>Les parcours ABC Pix</h2>
      {profiles.map((p) => (
        <section key={p.id} aria-labelledby={`profil-${p.id}`}>
          <h3 id={`profil-${p.id}`} className="mt-4 text-lg">
            {p.name}
          </h3>
          <p>{p.description}</p>
          <p>
            {p.tubeCount} sujets, {p.skillCount} acquis, niveaux 1 à {p.maxLevel}.{" "}
            <Link href={`${KIT}/contenu-abc-pix/${p.id}`}>
              Détail du parcours <span className="sr-only">{p.name}</span>
            </Link>
          </p>
        </section>
      ))}
      <p className="mt-6">
        <Link href={KIT}>Retour au kit de déploiement</Link>
      </p>
    </article>
  );
}
