import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getCandidateState } from "@/lib/certification/courses/get-candidate-state";

export const metadata: Metadata = { title: "Test terminé – Certification" };
export const dynamic = "force-dynamic";

export default async function EndPage() {
  const actor = await requireActorOrLogin("/certification/fin");
  const state = await getCandidateState(actor, new Date());
  if (state.kind === "none") redirect("/certification");
  if (state.page !== "/certification/fin") redirect(state.page);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl">Votre test est terminé</h1>
      <p>Votre test est terminé. Vos résultats seront publiés après vérification par l&apos;équipe Pix. Vous recevrez un e-mail.</p>
      {state.state === "timed-out" ? <p>Le temps du test était écoulé : les questions sans réponse comptent comme fausses.</p> : null}
      <p>Vous pouvez fermer cette page et prévenir votre surveillant.</p>
    </div>
  );
}
