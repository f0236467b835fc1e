import type { Metadata } from "next";
import Link from "next/link";
import { RichText } from "@/components/learner/rich-text";
import { ChallengeForm } from "@/components/learner/challenge-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { NotFound } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { pageNotFound } from "@/lib/http/not-found";
import { getPreview } from "@/lib/previews/get-preview";
import { answerPreviewAction, startPreviewAction } from "../actions";

type Props = { params: Promise<{ challengeId: string }>; searchParams: Promise<{ erreur?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { challengeId } = await params;
  return { title: `Aperçu de l'épreuve ${decodeURIComponent(challengeId)} – Administration` };
}

export default async function PreviewPage({ params, searchParams }: Props) {
  const challengeId = decodeURIComponent((await params).challengeId);
  const { erreur } = await searchParams;
  const actor = await requireAdminOrNotFound(`/admin/apercu/${encodeURIComponent(challengeId)}`);
  let preview;
  try {
    preview = await getPreview(actor, challengeId);
  } catch (e) {
    if (e instanceof NotFound) pageNotFound();
    throw e;
  }
  const { challenge, latest } = preview;
  const startForm = (label: string, variant?: "secondary") => (
    <form action={startPreviewAction}>
      <input type="hidden" name="challengeId" value={challenge.id} />
      <Button variant={variant}>{label}</Button>
    </form>
  );
  return (
    <div className={`mx-auto flex flex-col gap-6 ${challenge.type === "SIMULATOR" ? "max-w-5xl" : "max-w-3xl"}`}>
      <p>
        <Link href="/admin/apercu">← Toutes les épreuves à essayer</Link>
      </p>
      <div>
        <h1 className="text-3xl">Aperçu de l&apos;épreuve</h1>
        <p className="mt-1 text-muted">
          {challenge.id} · {challenge.type} · acquis {challenge.skillId}. Vous répondez comme un apprenant, sans rien changer à aucun profil.
        </p>
      </div>
      {erreur ? <Alert tone="error">{erreur}</Alert> : null}
      {latest === null ? startForm("Commencer l'aperçu") : null}
      {latest !== null && latest.status === null ? (
        <>
          <ChallengeForm challenge={latest.view} hiddenFields={{ previewId: latest.id }} action={answerPreviewAction} />
          {startForm("Recommencer l'aperçu", "secondary")}
        </>
      ) : null}
      {latest !== null && latest.status !== null ? (
        <>
          <Alert tone={latest.status === "ok" ? "success" : "warning"} title="Réponse enregistrée">
            <p id="resultat-apercu">
              Résultat : <strong>{fr.answerStatus[latest.status]}</strong> (statut « {latest.status} »).
            </p>
          </Alert>
          <section className="flex flex-col gap-2">
            <h2 className="text-xl">Consigne</h2>
            <RichText text={challenge.instruction} />
            <h2 className="text-xl">Explication donnée à l&apos;apprenant</h2>
            <RichText text={challenge.explanation} />
          </section>
          {startForm("Recommencer l'aperçu")}
        </>
      ) : null}
    </div>
  );
}
