import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { listSessionsToPublish } from "@/lib/certification/publish/list-sessions-to-publish";
import { isoToFrench } from "@/lib/certification/sessions/dates";

export const metadata: Metadata = { title: "Certifications à publier – Administration" };

export default async function CertificationsToPublishPage() {
  const actor = await requireAdminOrNotFound("/admin/certification");
  const sessions = await listSessionsToPublish(getDb(), actor);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl">Certifications à publier</h1>
      <p>Les sessions finalisées par les centres. Vérifiez les résultats et les incidents, puis publiez : les candidats reçoivent alors un e-mail.</p>
      {sessions.length === 0 ? (
        <p>Aucune session n&apos;attend de publication.</p>
      ) : (
        <table className="w-full rounded-lg bg-white text-left">
          <caption className="sr-only">Sessions finalisées en attente de publication</caption>
          <thead>
            <tr>
              <th scope="col" className="p-2">Session</th>
              <th scope="col" className="p-2">Centre</th>
              <th scope="col" className="p-2">Date</th>
              <th scope="col" className="p-2">Candidats</th>
              <th scope="col" className="p-2">Incidents</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} className="border-t border-line">
                <th scope="row" className="p-2">
                  <Link href={`/admin/certification/${s.id}`}>Session {s.number}</Link>
                </th>
                <td className="p-2">{s.centerName}</td>
                <td className="p-2">{isoToFrench(s.date)}</td>
                <td className="p-2">{s.candidates}</td>
                <td className="p-2">{s.incidents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
