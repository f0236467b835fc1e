import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { searchCertificates, staffCertificateStatus } from "@/lib/certification/certificates/search-certificates";
import { isoToFrench } from "@/lib/certification/sessions/dates";

export const metadata: Metadata = { title: "Rechercher un certificat – Administration" };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

const cell = "border-t border-line p-2 text-left align-top";

export default async function CertificatesSearchPage({ searchParams }: Props) {
  const actor = await requireAdminOrNotFound("/admin/certificats");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 100) : "";
  const results = q.trim() ? await searchCertificates(getDb(), actor, q) : null;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">Rechercher un certificat</h1>
      <form method="get" action="/admin/certificats" className="flex flex-col gap-4 rounded-lg bg-white p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="champ-q" className="font-semibold">
            Code de vérification ou nom du candidat
          </label>
          <p id="champ-q-aide" className="text-sm text-muted">
            Par exemple P-K7XB3M9Q (avec ou sans « P- »), ou « Lina Moreau ».
          </p>
          <input id="champ-q" name="q" type="search" defaultValue={q} maxLength={100} aria-describedby="champ-q-aide" className="min-h-11 rounded-md border-2 border-field px-3" />
        </div>
        <div>
          <Button>Rechercher</Button>
        </div>
      </form>
      {results === null ? null : results.length === 0 ? (
        <p>Aucun certificat ne correspond à « {q} ».</p>
      ) : (
        <table className="w-full rounded-lg bg-white">
          <caption className="text-left text-xl font-semibold">
            {results.length === 1 ? "1 résultat" : `${results.length} résultats`}
            {results.length === 100 ? " (les 100 premiers : précisez la recherche)" : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>Candidat</th>
              <th scope="col" className={cell}>Session</th>
              <th scope="col" className={cell}>Centre</th>
              <th scope="col" className={cell}>Date</th>
              <th scope="col" className={cell}>État</th>
              <th scope="col" className={cell}>Score</th>
              <th scope="col" className={cell}>Code</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.courseId}>
                <th scope="row" className={cell}>
                  <Link href={`/admin/certificats/${r.courseId}`}>
                    {r.firstName} {r.lastName}
                  </Link>
                </th>
                <td className={cell}>
                  <Link href={`/admin/certification/${r.sessionId}`}>Session {r.sessionNumber}</Link>
                </td>
                <td className={cell}>{r.centerName}</td>
                <td className={cell}>{isoToFrench(r.sessionDate)}</td>
                <td className={cell}>{staffCertificateStatus(r)}</td>
                <td className={cell}>{r.status === "validated" && !r.cancelledAt ? `${r.pixScore ?? 0} Pix` : "—"}</td>
                <td className={`${cell} font-mono`}>{r.verificationCode ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
