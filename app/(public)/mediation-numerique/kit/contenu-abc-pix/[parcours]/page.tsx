import type { Metadata } from "next";
import Link from "next/link";
import { getReferential } from "@/lib/content";
import { abcListingData } from "@/lib/content/abc-listing";
import { pageNotFound } from "@/lib/http/not-found";

type Props = { params: Promise<{ parcours: string }> };

const LIST = "/mediation-numerique/kit/contenu-abc-pix";

function profileOf(id: string) {
  return abcListingData(getReferential()).profiles.find((p) => p.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = profileOf((await params).parcours);
  return { title: p ? `${p.name} – Contenu des tests ABC Pix` : "Page introuvable" };
}

/** One ABC Pix profile: its subjects, what each measures, an example task, its stages. */
export default async function AbcProfilePage({ params }: Props) {
  const p = profileOf((await params).parcours);
  if (!p) pageNotFound();
  return (
    <article className="prose-pix mx-auto flex max-w-4xl flex-col">
      <p>
        <Link href={LIST}>Contenu des tests ABC Pix</Link>
      </p>
      <h1 className="mb-4 text-3xl">{p.name}</h1>
      <p>{p.description}</p>
      <p>
        {p.tubeCount} sujets, {p.skillCount} acquis, niveaux 1 à {p.maxLevel}.
      </p>
      {p.rows ? (
        <>
          <h2>Les sujets</h2>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm [&_td]:border [&_td]:border-line [&_td]:p-2 [&_td]:align-top [&_th]:border [&_th]:border-line [&_th]:p-2 [&_th]:text-left [&_th]:align-top">
              <caption className="sr-only">Sujets du parcours {p.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Sujet</th>
                  <th scope="col">Compétence</th>
                  <th scope="col">Ce qui est mesuré</th>
                  <th scope="col">Exemple de tâche</th>
                </tr>
              </thead>
              <tbody>
                {p.rows.map((r) => (
                  <tr key={r.tube}>
                    <th scope="row">{r.tube}</th>
                    <td>{r.competence}</td>
                    <td>{r.measures}</td>
                    <td>{r.example ? `${r.example.instruction} (${r.example.kind})` : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p>Ce parcours reprend les sujets de tous les autres parcours ABC Pix.</p>
      )}
      {p.stages.length ? (
        <>
          <h2>Paliers</h2>
          <ul>
            {p.stages.map((s, i) => (
              <li key={i}>
                à partir de {s.threshold}&nbsp;%&nbsp;: <strong>{s.title}</strong> — {s.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-6">
        <Link href={LIST}>Retour au contenu des tests ABC Pix</Link>
      </p>
    </article>
  );
}
