import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { listMyOrganisations } from "@/lib/orga/list-my-organisations";

export const metadata: Metadata = { title: "Mes structures – Pix Orga" };

/** "Mes structures": the organisations of the actor; with exactly one, straight into it. */
export default async function MyOrganisationsPage() {
  const actor = await requireActorOrLogin("/orga");
  const organisations = await listMyOrganisations(actor);
  if (organisations.length === 1) redirect(`/orga/${organisations[0]!.id}`);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Pix Orga</p>
      <h1 className="-mt-4 text-3xl">Mes structures</h1>
      {organisations.length === 0 ? (
        <div className="prose-pix">
          <p>Vous ne faites partie d&apos;aucune structure dans Pix Orga.</p>
          <p>
            Pix Orga sert aux structures (espaces numériques, associations, mairies, écoles, entreprises) à suivre les personnes
            qu&apos;elles accompagnent. Pour y accéder, demandez à l&apos;administrateur de votre structure de vous inviter : vous recevrez
            un e-mail avec un lien pour la rejoindre.
          </p>
          <p>
            <Link href="/accueil">Revenir à mon accueil</Link>
          </p>
        </div>
      ) : (
        <>
          <p>Choisissez la structure dans laquelle vous voulez travailler.</p>
          <ul className="flex flex-col gap-3">
            {organisations.map((o) => (
              <li key={o.id}>
                <Card as="div" className="flex flex-col gap-1">
                  <Link href={`/orga/${o.id}`} className="text-xl font-semibold">
                    {o.name}
                  </Link>
                  <p className="text-sm text-muted">
                    {o.typeLabel} · vous êtes {o.roleLabel.toLowerCase()}
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
