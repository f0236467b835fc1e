import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { continuePath } from "@/lib/assessments/answer-challenge";
import { getLevelUp } from "@/lib/assessments/get-level-up";
import { requireActorOrLogin } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Niveau gagné !" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ question?: string }> };

export default async function LevelUpPage({ params, searchParams }: Props) {
  const { code } = await params;
  const position = Number.parseInt((await searchParams).question ?? "", 10);
  const actor = await requireActorOrLogin(`/competences/${code}/evaluation`);
  if (!Number.isInteger(position) || position < 1 || position > 1000) redirect(`/competences/${code}/evaluation`);
  const up = await getLevelUp(actor, { competenceCode: code, position });
  if (!up) redirect(`/competences/${code}/evaluation`);
  return (
    <div className="mx-auto flex max-w-2xl flex-col items-center gap-6 text-center">
      <p aria-hidden="true" className="text-6xl">
        ★
      </p>
      <h1 className="text-4xl">Niveau gagné !</h1>
      <p className="text-xl">
        Bravo : vous passez au niveau {up.to} en « {up.competence.code} {up.competence.name} ».
      </p>
      <ButtonLink href={continuePath({ competenceCode: code, campaign: null, position, completed: up.completed })}>Continuer</ButtonLink>
    </div>
  );
}
