import { RichText } from "@/components/learner/rich-text";
import type { CommunityTutorial } from "@/lib/tutorials/list-tutorials";

/** Tutorials proposed by learners and accepted by staff, each marked as such. */
export function CommunityTutorials({ tutorials }: { tutorials: CommunityTutorial[] }) {
  return (
    <ul className="flex flex-col gap-3">
      {tutorials.map((t) => (
        <li key={t.id} className="rounded-lg border border-line bg-white p-3">
          <p className="font-semibold">
            {t.url ? (
              <a href={t.url} rel="noopener noreferrer nofollow ugc">
                {t.title}
              </a>
            ) : (
              t.title
            )}
          </p>
          <p className="text-sm text-muted">{t.mark}</p>
          {t.body ? <RichText text={t.body} className="mt-2" /> : null}
        </li>
      ))}
    </ul>
  );
}
