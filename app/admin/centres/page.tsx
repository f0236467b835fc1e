import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { centreStateLabel, listCentres } from "@/lib/admin/centres/list-centres";
import { CENTRE_FILTERS, type CentreFilter } from "@/lib/admin/centres/schemas";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Centres de certification – Administration" };

type Props = { searchParams: Promise<{ q?: string | string[]; etat?: string | string[] }> };

const FILTER_LABELS: Record<CentreFilter | "", string> = { "": "Tous", "a-valider": "À valider", valides: "Validés", archives: "Archivés" };
const cell = "border-t border-line p-2 text-left align-top";

export default async function CentresPage({ searchParams }: Props) {
  const actor = await requireAdminOrNotFound("/admin/centres");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 100) : "";
  const filter = (CENTRE_FILTERS as readonly string[]).includes(String(sp.etat)) ? (sp.etat as CentreFilter) : undefined;
  const centres = await listCentres(getDb(), actor, { q, filter });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">Centres de certification</h1>
      <p>
        <Link href="/admin/centres/nouveau">Créer un centre de certification</Link>
      </p>
      <form method="get" action="/admin/centres" className="flex flex-col gap-4 rounded-lg bg-white p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="champ-q" className="font-semibold">
            Rechercher par nom ou par ville
          </label>
          <input id="champ-q" name="q" type="search" defaultValue={q} maxLength={100} className="min-h-11 rounded-md border-2 border-field px-3" />
        </div>
        <fieldset className="flex flex-wrap gap-4">
          <legend className="mb-2 font-semibold">État du centre</legend>
          {(["", ...CENTRE_FILTERS] as const).map((f) => (
            <label key={f || "tous"} className="flex items-center gap-2">
              <input type="radio" name="etat" value={f} defaultChecked={(filter ?? "") === f} className="size-5" />
              {FILTER_LABELS[f]}
            </label>
          ))}
        </fieldset>
        <div>
          <Button>Rechercher</Button>
        </div>
      </form>
      <h2 className="text-2xl">
        {centres.length === 0 ? "Aucun centre trouvé" : centres.length === 1 ? "1 centre" : `${centres.length} centres`}
        {centres.length === 200 ? " (les 200 premiers : précisez la recherche)" : ""}
      </h2>
      {centres.length > 0 ? (
        <table className="w-full rounded-lg bg-white">
          <caption className="sr-only">Centres de certification trouvés, par nom</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>Nom</th>
              <th scope="col" className={cell}>Type</th>
              <th scope="col" className={cell}>Ville</th>
              <th scope="col" className={cell}>État</th>
            </tr>
          </thead>
          <tbody>
            {centres.map((c) => (
              <tr key={c.id}>
                <th scope="row" className={cell}>
                  <Link href={`/admin/centres/${c.id}`}>{c.name}</Link>
                </th>
                <td className={cell}>{c.type}</td>
                <td className={cell}>{c.city ?? "—"}</td>
                <td className={cell}>{centreStateLabel(c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
