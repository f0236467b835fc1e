import Link from "next/link";
import { saveTutorialAction } from "@/app/(learner)/competences/actions";
import { Button } from "@/components/ui/button";
import type { Tutorial } from "@/lib/content/types";

/** Tutorials with a save / remove button each (plain forms); without `savedIds` (no account), no button. */
export function TutorialList({ tutorials, savedIds, returnTo }: { tutorials: Tutorial[]; savedIds: ReadonlySet<string> | null; returnTo: string }) {
  return (
    <ul className="flex flex-col gap-3">
      {tutorials.map((t) => {
        const saved = savedIds?.has(t.id) ?? false;
        return (
          <li key={t.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line bg-white p-3">
            <div>
              <Link href={`/tutoriels/${t.id}`} className="font-semibold">
                {t.title}
              </Link>
              <span className="block text-sm text-muted">{t.duration} min de lecture</span>
            </div>
            {savedIds ? (
            <form action={saveTutorialAction}>
              <input type="hidden" name="tutorialId" value={t.id} />
              <input type="hidden" name="saved" value={saved ? "0" : "1"} />
              <input type="hidden" name="retour" value={returnTo} />
              <Button variant="secondary" className="text-sm">
                {saved ? "Retirer" : "Enregistrer"}
                <span className="sr-only"> le tutoriel « {t.title} »</span>
              </Button>
            </form>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
