import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { getContentIndex } from "@/lib/content";
import { SIMULATORS } from "@/lib/simulators/registry";
import { findChallengeAction } from "./actions";

export const metadata: Metadata = { title: "Essayer une épreuve – Administration" };

type Props = { searchParams: Promise<{ erreur?: string }> };

export default async function PreviewIndexPage({ searchParams }: Props) {
  await requireAdminOrNotFound("/admin/apercu");
  const { erreur } = await searchParams;
  const index = getContentIndex();
  const bySimulator = [...SIMULATORS.values()].map((sim) => ({
    sim,
    challenges: [...index.challengeById.values()].filter((c) => c.solution.type === "SIMULATOR" && c.solution.simulator === sim.name),
  }));
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl">Essayer une épreuve</h1>
      <p>Répondez à une épreuve comme un apprenant pour la vérifier. Vos réponses ne changent aucun profil.</p>
      {erreur ? <Alert tone="error">{erreur}</Alert> : null}
      <form action={findChallengeAction} className="flex flex-col gap-3">
        <Field label="Identifiant de l'épreuve" name="epreuve" hint="Par exemple : ch-1-1-recherche-web-1" required autoComplete="off" />
        <div>
          <Button>Voir l&apos;épreuve</Button>
        </div>
      </form>
      <section className="flex flex-col gap-4">
        <h2 className="text-2xl">Épreuves sur simulateur</h2>
        {bySimulator.map(({ sim, challenges }) => (
          <div key={sim.name}>
            <h3 className="text-xl">
              {sim.label} ({challenges.length})
            </h3>
            <ul className="list-disc pl-6">
              {challenges.map((c) => (
                <li key={c.id}>
                  <Link href={`/admin/apercu/${encodeURIComponent(c.id)}`}>{c.id}</Link> — acquis {c.skillId}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
