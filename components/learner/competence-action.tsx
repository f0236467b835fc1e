import Link from "next/link";
import { startAction } from "@/app/(learner)/competences/actions";
import { Button, ButtonLink } from "@/components/ui/button";
import type { CompetenceCard } from "@/lib/assessments/get-profile";

function days(n: number): string {
  return `${n} jour${n > 1 ? "s" : ""}`;
}

/** The one action that applies to a competence (and the reset, when it may apply). */
export function CompetenceActions({ card, withName = false }: { card: CompetenceCard; withName?: boolean }) {
  const { competence, action, reset } = card;
  const name = withName ? <span className="sr-only"> la compétence {competence.code}</span> : null;
  return (
    <div className="flex flex-wrap items-center gap-3">
      {action.kind === "unavailable" ? <p className="text-muted">Aucune question pour cette compétence en ce moment.</p> : null}
      {action.kind === "start" ? (
        <form action={startAction}>
          <input type="hidden" name="code" value={competence.code} />
          <Button>Commencer{name}</Button>
        </form>
      ) : null}
      {action.kind === "resume" ? (
        <ButtonLink href={`/competences/${competence.code}/evaluation`}>Reprendre{name}</ButtonLink>
      ) : null}
      {action.kind === "retry" ? (
        action.allowed ? (
          <ButtonLink href={`/competences/${competence.code}/retenter`} variant="secondary">
            Retenter{name}
          </ButtonLink>
        ) : (
          <p className="text-muted">Retenter dans {days(action.daysLeft)}</p>
        )
      ) : null}
      {reset ? (
        reset.allowed ? (
          <Link href={`/competences/${competence.code}/remettre-a-zero`}>Remettre à zéro{name}</Link>
        ) : (
          <p className="text-sm text-muted">Remise à zéro possible dans {days(reset.daysLeft)}</p>
        )
      ) : null}
    </div>
  );
}
