import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { listSessionsToPublish } from "@/lib/certification/publish/list-sessions-to-publish";
import { PUBLISH_OUTCOME_LABELS, type PublishOutcome } from "@/lib/certification/publish/publish-sessions";
import { isoToFrench } from "@/lib/certification/sessions/dates";
import { publishSessionsAction } from "./actions";

export const metadata: Metadata = { title: "Certifications à publier – Administration" };

type Props = { searchParams: Promise<{ rapport?: string | string[]; erreur?: string | string[] }> };

/** "10001:published,10002:already" → lines of the report (anything unexpected is dropped). */
function parseReport(raw: string | undefined): { number: string; outcome: PublishOutcome }[] {
  if (!raw) return [];
  return raw
    .split(",")
    .slice(0, 60)
    .flatMap((part) => {
      const [num, outcome] = part.split(":");
      if (!num || !/^\d{1,9}$/.test(num) || !outcome || !(outcome in PUBLISH_OUTCOME_LABELS)) return [];
      return [{ number: num, outcome: outcome as PublishOutcome }];
    });
}

const cell = "border-t border-line p-2 text-left align-top";

export default async function CertificationsToPublishPage({ searchParams }: Props) {
  const actor = await requireAdminOrNotFound("/admin/certification");
  const sp = await searchParams;
  const sessions = await listSessionsToPublish(getDb(), actor);
  const report = parseReport(typeof sp.rapport === "string" ? sp.rapport : undefined);
  const erreur = typeof sp.erreur === "string" ? (sp.erreur === "aucune" ? "Cochez au moins une session à publier." : sp.erreur.slice(0, 300)) : undefined;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl">Certifications à publier</h1>
      <p>
        Les sessions finalisées par les centres. Vérifiez les résultats et les incidents de chaque session (lien sur son numéro), puis cochez les sessions
        à publier : les candidats reçoivent alors un e-mail.
      </p>
      <p>
        Pour retrouver un certificat publié, l&apos;annuler ou retirer la publication de sa session : <Link href="/admin/certificats">rechercher un certificat</Link>.
      </p>
      {erreur ? <Alert tone="error">{erreur}</Alert> : null}
      {report.length > 0 ? (
        <Alert tone="success" title="Résultat de la publication">
          <ul className="list-disc pl-5">
            {report.map((r, i) => (
              <li key={i}>
                {r.number === "0" ? "Session inconnue" : `Session ${r.number}`} : {PUBLISH_OUTCOME_LABELS[r.outcome]}.
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {sessions.length === 0 ? (
        <p>Aucune session n&apos;attend de publication.</p>
      ) : (
        <form action={publishSessionsAction} className="flex flex-col gap-4">
          <fieldset className="rounded-lg bg-white p-2">
            <legend className="mb-2 text-xl font-semibold">Sessions finalisées en attente de publication</legend>
            <table className="w-full">
              <caption className="sr-only">Cochez les sessions à publier</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>À publier</th>
                  <th scope="col" className={cell}>Session</th>
                  <th scope="col" className={cell}>Centre</th>
                  <th scope="col" className={cell}>Date</th>
                  <th scope="col" className={cell}>Candidats</th>
                  <th scope="col" className={cell}>Incidents</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <td className={cell}>
                      <input id={`publier-${s.id}`} type="checkbox" name="sessionIds" value={s.id} className="size-5" />
                      <label htmlFor={`publier-${s.id}`} className="sr-only">
                        Publier la session {s.number}
                      </label>
                    </td>
                    <th scope="row" className={cell}>
                      <Link href={`/admin/certification/${s.id}`}>Session {s.number}</Link>
                    </th>
                    <td className={cell}>{s.centerName}</td>
                    <td className={cell}>{isoToFrench(s.date)}</td>
                    <td className={cell}>{s.candidates}</td>
                    <td className={cell}>{s.incidents}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>
          <div>
            <Button>Publier les sessions cochées</Button>
          </div>
        </form>
      )}
    </div>
  );
}
