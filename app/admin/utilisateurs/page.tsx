import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { MIN_QUERY_LENGTH, searchUsers } from "@/lib/admin/users/search-users";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { formatDate, formatNumber } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: "Utilisateurs – Administration" };

type Props = { searchParams: Promise<{ q?: string; anonymes?: string; page?: string }> };

const cell = "border-b border-line p-2 text-left align-top";

function kind(u: { role: string; isAnonymous: boolean; deletedAt: Date | null }): string {
  if (u.deletedAt) return "Compte supprimé";
  if (u.isAnonymous) return "Participant sans compte";
  return u.role === "admin" ? "Équipe Pix" : "Compte Pix";
}

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requireAdminOrNotFound("/admin/utilisateurs");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 200) : "";
  const anonymes = sp.anonymes === "oui";
  const result = await searchUsers(actor, { q, includeAnonymous: anonymes, page: Number(sp.page) || 1 });
  const pageHref = (p: number) => `/admin/utilisateurs?${new URLSearchParams({ q, ...(anonymes ? { anonymes: "oui" } : {}), page: String(p) }).toString()}`;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">Utilisateurs</h1>
      <form method="get" action="/admin/utilisateurs" role="search" aria-label="Chercher un utilisateur" className="flex flex-wrap items-end gap-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="champ-q" className="font-semibold">
            Nom, prénom ou adresse e-mail
          </label>
          <p id="champ-q-aide" className="text-sm text-muted">
            Au moins {MIN_QUERY_LENGTH} caractères.
          </p>
          <input id="champ-q" name="q" type="search" defaultValue={q} maxLength={200} aria-describedby="champ-q-aide" className="min-h-11 rounded-md border-2 border-field bg-white px-3 py-2" />
        </div>
        <div className="flex items-center gap-2 pb-3">
          <input id="champ-anonymes" type="checkbox" name="anonymes" value="oui" defaultChecked={anonymes} className="size-5" />
          <label htmlFor="champ-anonymes">Inclure les participants sans compte</label>
        </div>
        <Button variant="secondary">Chercher</Button>
      </form>
      {result.tooShort ? (
        q.trim() ? <p role="status">Saisissez au moins {MIN_QUERY_LENGTH} caractères.</p> : null
      ) : (
        <p role="status">{result.total === 0 ? "Aucun compte ne correspond." : `${formatNumber(result.total)} compte${result.total > 1 ? "s" : ""}.`}</p>
      )}
      {result.rows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white">
            <caption className="sr-only">Comptes trouvés</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>Nom</th>
                <th scope="col" className={cell}>Adresse e-mail</th>
                <th scope="col" className={cell}>Type de compte</th>
                <th scope="col" className={cell}>Créé le</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((u) => (
                <tr key={u.id}>
                  <th scope="row" className={cell}>
                    <Link href={`/admin/utilisateurs/${u.id}`}>
                      {u.firstName} {u.lastName}
                    </Link>
                  </th>
                  <td className={cell}>{u.email ?? "—"}</td>
                  <td className={cell}>{kind(u)}</td>
                  <td className={cell}>{formatDate(u.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {result.pageCount > 1 ? (
        <nav aria-label="Pages de résultats" className="flex flex-wrap items-center gap-4">
          {result.page > 1 ? <Link href={pageHref(result.page - 1)}>Page précédente</Link> : null}
          <span>
            Page {result.page} sur {result.pageCount}
          </span>
          {result.page < result.pageCount ? <Link href={pageHref(result.page + 1)}>Page suivante</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
