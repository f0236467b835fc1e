import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { reportProblemAction } from "@/app/(learner)/competences/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextArea } from "@/components/ui/field";
import { PROBLEM_CATEGORIES, reportContext } from "@/lib/assessments/report-problem";
import { requireActorOrLogin } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Signaler un problème" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ epreuve?: string; retour?: string; erreur?: string }> };

export default async function ReportPage({ params, searchParams }: Props) {
  const { code } = await params;
  const sp = await searchParams;
  const back = sp.retour && /^\/competences\/[\w./?=&%-]*$/.test(sp.retour) ? sp.retour : `/competences/${code}/evaluation`;
  const actor = await requireActorOrLogin(`/competences/${code}/evaluation`);
  const ctx = sp.epreuve ? await reportContext(actor, { competenceCode: code, challengeId: sp.epreuve }) : null;
  if (!ctx || !sp.epreuve) redirect(back);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl">Signaler un problème</h1>
      <p>Votre signalement est lu par l&apos;équipe Pix. Il ne change rien à votre test : vous pourrez continuer juste après.</p>
      {sp.erreur ? <Alert tone="error">{sp.erreur}</Alert> : null}
      <form action={reportProblemAction} className="flex flex-col gap-5">
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="assessmentId" value={ctx.assessmentId} />
        <input type="hidden" name="challengeId" value={sp.epreuve} />
        <input type="hidden" name="retour" value={back} />
        <ChoiceGroup
          name="category"
          legend="Qu'est-ce qui pose problème ?"
          required
          choices={Object.entries(PROBLEM_CATEGORIES).map(([value, label]) => ({ value, label }))}
        />
        <TextArea name="comment" label="Décrivez le problème en quelques mots" required maxLength={2000} />
        <div className="flex flex-wrap items-center gap-4">
          <Button>Envoyer le signalement</Button>
          <Link href={back}>Annuler et revenir</Link>
        </div>
      </form>
    </div>
  );
}
