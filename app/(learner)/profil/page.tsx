import type { Metadata } from "next";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getReferential } from "@/lib/content";

export const metadata: Metadata = { title: "Mon profil" };

export default async function ProfilePage() {
  const actor = await requireActorOrLogin("/profil");
  const ref = getReferential();
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl">Mon profil</h1>
        <p className="mt-2">
          {actor.firstName}, voici les 16 compétences numériques que Pix évalue, rangées en 5 domaines.
        </p>
      </div>
      {ref.areas.map((area) => (
        <section key={area.code} aria-labelledby={`domaine-${area.code}`} className="flex flex-col gap-3">
          <h2 id={`domaine-${area.code}`} className="border-l-8 pl-3 text-2xl" style={{ borderColor: `var(--color-${area.color})` }}>
            {area.code}. {area.name}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {ref.competences
              .filter((c) => c.areaCode === area.code)
              .map((c) => (
                <li key={c.id} className="rounded-xl border border-line bg-white p-4" style={{ borderTop: `6px solid var(--color-${area.color})` }}>
                  <h3 className="text-lg">
                    {c.code} {c.name}
                  </h3>
                  <p className="mt-1 text-muted">{c.description}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
