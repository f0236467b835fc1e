import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { listMyCenters } from "@/lib/certification/sessions/list-my-centers";

export const metadata: Metadata = { title: "Mes centres – Pix Certif" };
export const dynamic = "force-dynamic";

/** "Mes centres de certification": with exactly one, straight into it. */
export default async function MyCentersPage() {
  const actor = await requireActorOrLogin("/certif");
  const centers = await listMyCenters(actor);
  if (centers.length === 1) redirect(`/certif/${centers[0]!.id}`);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Pix Certif</p>
      <h1 className="-mt-4 text-3xl">Mes centres de certification</h1>
      {centers.length === 0 ? (
        <div className="prose-pix">
          <p>Vous ne faites partie d&apos;aucun centre de certification.</p>
          <p>Pix Certif sert aux centres agréés à organiser les sessions de certification Pix. Demandez à votre centre de vous ajouter à son équipe.</p>
          <p>
            <Link href="/accueil">Revenir à mon accueil</Link>
          </p>
        </div>
      ) : (
        <ul className="flex flex-col gap-3">
          {centers.map((c) => (
            <li key={c.id}>
              <Card as="div" className="flex flex-col gap-1">
                <Link href={`/certif/${c.id}`} className="text-xl font-semibold">
                  {c.name}
                </Link>
                {!c.approved ? <p className="text-sm text-muted">En attente de validation par l&apos;équipe Pix</p> : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
