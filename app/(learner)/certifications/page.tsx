import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { certificationStatusLabel, listMyCertifications } from "@/lib/certification/certificates/list-my-certifications";
import { isoToFrench } from "@/lib/certification/sessions/dates";

export const metadata: Metadata = { title: "Mes certifications" };

export default async function MyCertificationsPage() {
  const actor = await requireActorOrLogin("/certifications");
  const certifications = await listMyCertifications(getDb(), actor);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl">Mes certifications</h1>
      {certifications.length === 0 ? (
        <p>Vous n&apos;avez pas encore passé de certification Pix. Elle se passe dans un centre de certification, sur inscription.</p>
      ) : (
        <table className="w-full rounded-lg bg-white text-left">
          <caption className="sr-only">Vos certifications, de la plus récente à la plus ancienne</caption>
          <thead>
            <tr>
              <th scope="col" className="p-2">Date</th>
              <th scope="col" className="p-2">Centre</th>
              <th scope="col" className="p-2">Résultat</th>
              <th scope="col" className="p-2">Certificat</th>
            </tr>
          </thead>
          <tbody>
            {certifications.map((c) => (
              <tr key={c.courseId} className="border-t border-line">
                <td className="p-2">{isoToFrench(c.sessionDate)}</td>
                <td className="p-2">{c.centerName}</td>
                <td className="p-2">{certificationStatusLabel(c)}</td>
                <td className="p-2">
                  {c.status === "validated" ? (
                    <Link href={`/certifications/${c.courseId}`}>Voir le certificat du {isoToFrench(c.sessionDate)}</Link>
                  ) : c.status === "cancelled" ? (
                    <Link href={`/certifications/${c.courseId}`}>Voir pourquoi le certificat du {isoToFrench(c.sessionDate)} est annulé</Link>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
