import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { CANDIDATE_STATUS_LABELS } from "@/lib/certification/invigilation/get-invigilation";
import { endTestAction } from "../../../../actions";

import { requireInvigilatedCandidate } from "../../../../invigilator-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Terminer le test – Surveillance – Pix Certif" };

/** "Terminer le test": a confirmation page (no JavaScript needed), then a plain form. */
export default async function EndTestPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const { candidate: c } = await requireInvigilatedCandidate(candidateId);
  const name = `${c.firstName} ${c.lastName}`;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl">Terminer le test de {name} ?</h1>
      <p>État actuel : {CANDIDATE_STATUS_LABELS[c.status]}. Questions répondues : {c.total ? `${c.answered} sur ${c.total}` : "aucune"}.</p>
      <p>
        Le test s&apos;arrête tout de suite et ne peut pas reprendre. Les questions sans réponse compteront comme fausses. Signalez un incident
        si un problème en est la cause.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <form action={endTestAction}>
          <input type="hidden" name="candidateId" value={c.id} />
          <Button variant="danger">Oui, terminer le test</Button>
        </form>
        <Link href={`/certif/surveillance/session#candidat-${c.id}`} prefetch={false}>
          Non, revenir à la liste des candidats
        </Link>
      </div>
    </div>
  );
}
