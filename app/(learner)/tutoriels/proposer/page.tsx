import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { safeReturnPath } from "@/lib/auth/return-path";
import { proposalSkillContext } from "@/lib/tutorials/propose-tutorial";
import { proposeTutorialAction } from "./actions";

export const metadata: Metadata = { title: "Proposer un tutoriel" };

type Search = Promise<{ acquis?: string; retour?: string; envoye?: string }>;

export default async function ProposeTutorialPage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams;
  const back = safeReturnPath(sp.retour, "/tutoriels");
  const here = `/tutoriels/proposer?${new URLSearchParams({ ...(sp.acquis ? { acquis: sp.acquis } : {}), retour: back }).toString()}`;
  await requireActorOrLogin(here);
  const ctx = proposalSkillContext(sp.acquis);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl">Proposer un tutoriel</h1>
      {!ctx ? (
        <Alert tone="error">
          Ce sujet n&apos;existe pas. Proposez un tutoriel depuis la correction d&apos;une question ou depuis la page d&apos;un tutoriel.
        </Alert>
      ) : sp.envoye ? (
        <Alert tone="success" title="Merci pour votre proposition !">
          L&apos;équipe Pix la relira avant qu&apos;elle soit montrée aux autres utilisateurs. En attendant, elle n&apos;est visible par personne.
        </Alert>
      ) : (
        <>
          <p>
            Vous connaissez une ressource qui aide à progresser sur <strong>{ctx.tubeTitle}</strong> (compétence {ctx.competence}) ? Proposez-la :
            l&apos;équipe Pix relit chaque proposition avant de la montrer aux autres utilisateurs.
          </p>
          <ActionForm
            action={proposeTutorialAction}
            submitLabel="Envoyer ma proposition"
            noValidate
            fields={[
              { kind: "hidden", name: "skillId", value: ctx.skillId },
              { kind: "hidden", name: "retour", value: back },
              { kind: "input", name: "title", label: "Titre du tutoriel", required: true, maxLength: 150 },
              { kind: "input", name: "url", label: "Lien vers le tutoriel", hint: "Une adresse commençant par https:// ou http://. Facultatif si vous écrivez le tutoriel ci-dessous.", maxLength: 2000 },
              { kind: "textarea", name: "body", label: "Ou écrivez le tutoriel", hint: "Facultatif si vous donnez un lien.", maxLength: 5000 },
              { kind: "textarea", name: "why", label: "Pourquoi ce tutoriel aide-t-il ?", required: true, maxLength: 1000 },
            ]}
          />
        </>
      )}
      <p>
        <Link href={back}>Revenir</Link>
      </p>
    </div>
  );
}
