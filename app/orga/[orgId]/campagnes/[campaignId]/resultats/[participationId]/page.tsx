import type { Metadata } from "next";
import Link from "next/link";
import { StateForm } from "@/app/orga/[orgId]/membres/state-form";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { NOTE_MAX } from "@/lib/campaigns/orga/add-note";
import { DIAG_LEVEL_LABEL, getParticipant, ORIENTATION_LABEL, PARTICIPATION_STATUS_LABEL, type ParticipantDetail } from "@/lib/campaigns/orga/get-participant";
import { NotAllowed, NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { formatDate, formatDateTime } from "@/lib/i18n/fr";
import { addNoteAction, deleteNoteAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Fiche d'un participant – Pix Orga" };

type Props = {
  params: Promise<{ orgId: string; campaignId: string; participationId: string }>;
  searchParams: Promise<{ fait?: string; impression?: string }>;
};

const DONE: Record<string, string> = {
  "note-ajoutee": "Votre note a été enregistrée.",
  "note-supprimee": "Votre note a été supprimée.",
};

const cell = "border-b border-line px-3 py-2 text-left align-top";

/** "3 min 20 s", "45 s" */
function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}

function Results({ d }: { d: ParticipantDetail }) {
  if (d.campaign.type === "assessment") {
    if (!d.results) {
      return (
        <Card>
          <h2 className="mb-2 text-2xl">Résultats</h2>
          <p>
            {d.status === "completed"
              ? "Le test est terminé, mais la personne n'a pas encore envoyé ses résultats : ils s'afficheront ici quand elle aura cliqué sur « J'envoie mes résultats »."
              : "La personne n'a pas encore terminé ni envoyé son test : ses résultats s'afficheront ici quand elle les aura envoyés."}
          </p>
          {d.progress ? (
            <p className="mt-2">
              Progression : {d.progress.answered} question{d.progress.answered > 1 ? "s" : ""} répondue{d.progress.answered > 1 ? "s" : ""}
              {d.progress.testFinished ? ", test terminé." : "."}
            </p>
          ) : null}
        </Card>
      );
    }
    const r = d.results;
    return (
      <>
        <Card>
          <h2 className="mb-3 text-2xl">Résultats envoyés</h2>
          <p className="text-xl">
            Maîtrise : <strong>{r.masteryPercent} %</strong> ({r.validated} acquis sur {r.total})
          </p>
          {r.stage ? (
            <div className="mt-3">
              <p>
                Palier {r.stage.number} sur {r.stage.count} : <strong>{r.stage.title}</strong>
              </p>
              {r.stage.mediatorMessage ? <p className="mt-1">{r.stage.mediatorMessage}</p> : null}
            </div>
          ) : null}
          <h3 className="mt-5 mb-2 text-xl">Par thème</h3>
          <ul className="flex flex-col gap-3">
            {r.themes.map((t) => (
              <li key={t.id}>
                <ProgressBar label={t.name} value={t.validated} max={t.total} valueText={`${t.percent} % (${t.validated} sur ${t.total})`} />
              </li>
            ))}
          </ul>
        </Card>
        <section aria-labelledby="titre-reponses" className="flex flex-col gap-3">
          <h2 id="titre-reponses" className="text-2xl">
            Réponses, dans l&apos;ordre
          </h2>
          {d.totalTimeMs !== null ? <p>Temps total : {duration(d.totalTimeMs)}</p> : null}
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white">
              <caption className="sr-only">Chaque question, son sujet, la réponse et le temps passé</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>N°</th>
                  <th scope="col" className={cell}>Question</th>
                  <th scope="col" className={cell}>Sujet</th>
                  <th scope="col" className={cell}>Réponse</th>
                  <th scope="col" className={cell}>Temps</th>
                </tr>
              </thead>
              <tbody>
                {d.answers.map((a) => (
                  <tr key={a.position}>
                    <td className={cell}>{a.position}</td>
                    <td className={cell}>{a.instruction}</td>
                    <td className={cell}>{a.tubeTitle ?? "—"}</td>
                    <td className={`${cell} font-semibold ${a.right ? "text-success" : "text-danger"}`}>
                      <span aria-hidden="true">{a.right ? "✓ " : "✗ "}</span>
                      {a.statusLabel}
                    </td>
                    <td className={cell}>{a.timeSpentMs !== null ? duration(a.timeSpentMs) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </>
    );
  }
  if (d.campaign.type === "abc-diag") {
    const g = d.diag;
    if (!g) return <p>Le diagnostic n&apos;a pas encore commencé.</p>;
    if (!g.completed || !g.dimensions || !g.orientation) {
      return (
        <Card>
          <h2 className="mb-2 text-2xl">Résultat</h2>
          <p>
            Le diagnostic est en cours : {g.answered} question{g.answered > 1 ? "s" : ""} répondue{g.answered > 1 ? "s" : ""} sur {g.questionCount}. Le résultat
            s&apos;affichera ici à la dernière question.
          </p>
        </Card>
      );
    }
    const o = ORIENTATION_LABEL[g.orientation];
    return (
      <Card>
        <h2 className="mb-3 text-2xl">Résultat de l&apos;ABC Diag</h2>
        <p className="text-xl">
          Orientation : <strong>{o.title}</strong>
        </p>
        <p className="mt-1">{o.text}</p>
        <h3 className="mt-5 mb-2 text-xl">Les trois dimensions</h3>
        <ul className="flex flex-col gap-4">
          {g.dimensions.map((dim) => (
            <li key={dim.id}>
              <p>
                <strong>{dim.name}</strong> : {DIAG_LEVEL_LABEL[dim.level]} ({dim.right} sur {dim.played})
              </p>
              {dim.missed.length ? (
                <p className="mt-1">
                  Gestes manqués : {dim.missed.join(" ; ")}.
                </p>
              ) : null}
            </li>
          ))}
        </ul>
        {g.workOnFirst ? (
          <p className="mt-4">
            À travailler d&apos;abord : <strong>{g.workOnFirst.dimension}</strong>. {g.workOnFirst.advice}
          </p>
        ) : null}
      </Card>
    );
  }
  return <p>Une collecte de profils ne donne pas de résultat par thème.</p>;
}

export default async function ParticipantPage({ params, searchParams }: Props) {
  const { orgId, campaignId, participationId } = await params;
  const { fait, impression } = await searchParams;
  const path = `/orga/${encodeURIComponent(orgId)}/campagnes/${encodeURIComponent(campaignId)}/resultats/${encodeURIComponent(participationId)}`;
  const actor = await requireActorOrLogin(path);
  let d: ParticipantDetail;
  try {
    d = await getParticipant(actor, { orgId, campaignId, participationId });
  } catch (e) {
    if (e instanceof NotAllowed || e instanceof NotFound) pageNotFound();
    throw e;
  }
  const printing = impression === "1";
  const done = fait ? DONE[fait] : undefined;
  const base = `/orga/${orgId}/campagnes/${d.campaign.id}`;
  const hidden = { orgId, campaignId: d.campaign.id, participationId: d.participationId };
  return (
    <div className="flex flex-col gap-8">
      {/* the results sheet on paper: no site header, menus, footer or forms */}
      <style>{"@media print { body header, body nav, body footer { display: none !important; } a { color: inherit; text-decoration: none; } }"}</style>
      <div className="flex flex-col gap-2">
        <p className="print:hidden">
          <Link href={`${base}/resultats`}>Retour aux résultats</Link>
        </p>
        <h1 className="text-3xl">{d.name}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {d.campaign.externalIdLabel || d.externalId ? (
            <>
              <dt className="font-semibold">{d.campaign.externalIdLabel ?? "Identifiant"}</dt>
              <dd>{d.externalId ?? "—"}</dd>
            </>
          ) : null}
          {d.diag && d.isAnonymous ? (
            <>
              <dt className="font-semibold">Code de résultat</dt>
              <dd className="font-mono">{d.diag.resultCode}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Statut</dt>
          <dd>
            {d.statusLabel}
            {d.isImproved ? " (remplacée par une nouvelle tentative)" : ""}
          </dd>
          <dt className="font-semibold">Commencé le</dt>
          <dd>{formatDateTime(d.startedAt)}</dd>
          {d.sharedAt ? (
            <>
              <dt className="font-semibold">Envoyé le</dt>
              <dd>{formatDateTime(d.sharedAt)}</dd>
            </>
          ) : null}
        </dl>
        {printing ? (
          <p className="print:hidden">
            Version à imprimer : utilisez la commande « Imprimer » de votre navigateur (Ctrl + P). Les notes d&apos;observation n&apos;y figurent pas.{" "}
            <Link href={path}>Revenir à la fiche complète</Link>
          </p>
        ) : (
          <p className="print:hidden">
            <Link href={`${path}?impression=1`}>Version à imprimer de la fiche</Link>
          </p>
        )}
      </div>

      {done ? <Alert tone="success">{done}</Alert> : null}

      <Results d={d} />

      <section aria-labelledby="titre-parcours" className="flex flex-col gap-3">
        <h2 id="titre-parcours" className="text-2xl">
          Progression dans les campagnes de la structure
        </h2>
        {d.history.length <= 1 ? (
          <p>C&apos;est la seule participation de cette personne aux campagnes de la structure.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white">
              <caption className="sr-only">Participations de cette personne, de la plus ancienne à la plus récente</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>Campagne</th>
                  <th scope="col" className={cell}>Date</th>
                  <th scope="col" className={cell}>Statut</th>
                  <th scope="col" className={cell}>Maîtrise</th>
                </tr>
              </thead>
              <tbody>
                {d.history.map((h) => (
                  <tr key={h.participationId}>
                    <th scope="row" className={`${cell} font-normal`}>
                      {h.isThis ? (
                        <strong>{h.campaignName} (cette fiche)</strong>
                      ) : (
                        <Link href={`/orga/${orgId}/campagnes/${h.campaignId}/resultats/${h.participationId}`}>{h.campaignName}</Link>
                      )}
                      {h.isImproved ? <span className="block text-sm">Tentative remplacée par une nouvelle</span> : null}
                    </th>
                    <td className={cell}>{formatDate(h.sharedAt ?? h.startedAt)}</td>
                    <td className={cell}>{PARTICIPATION_STATUS_LABEL[h.status] ?? h.status}</td>
                    <td className={cell}>{h.masteryPercent !== null ? `${h.masteryPercent} %` : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {printing ? null : (
        <section id="notes" aria-labelledby="titre-notes" className="flex flex-col gap-4 print:hidden">
          <h2 id="titre-notes" className="text-2xl">
            Notes d&apos;observation
          </h2>
          <p>Ces notes ne sont lues que par les membres de la structure. La personne ne les voit pas.</p>
          {d.notes.length === 0 ? (
            <p>Aucune note pour l&apos;instant.</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {d.notes.map((n) => (
                <li key={n.id}>
                  <Card as="div">
                    <p className="text-sm text-muted">
                      {n.authorName}
                      {n.mine ? " (vous)" : ""}, le {formatDateTime(n.createdAt)}
                    </p>
                    <p className="mt-1 whitespace-pre-line">{n.body}</p>
                    {n.mine ? (
                      <StateForm action={deleteNoteAction} hidden={{ ...hidden, noteId: n.id }} submitLabel={
                          <>
                            Supprimer ma note<span className="sr-only"> du {formatDateTime(n.createdAt)}</span>
                          </>
                        }
                        variant="link" className="mt-2" />
                    ) : null}
                  </Card>
                </li>
              ))}
            </ul>
          )}
          <h3 className="text-xl">Ajouter une note</h3>
          <ActionForm
            action={addNoteAction}
            submitLabel="Enregistrer la note"
            noValidate
            fields={[
              { kind: "hidden", name: "orgId", value: hidden.orgId },
              { kind: "hidden", name: "campaignId", value: hidden.campaignId },
              { kind: "hidden", name: "participationId", value: hidden.participationId },
              { kind: "textarea", name: "body", label: "Votre note", hint: `Ce que vous avez observé, en ${NOTE_MAX.toLocaleString("fr-FR")} caractères au plus.`, maxLength: NOTE_MAX },
            ]}
          />
        </section>
      )}
    </div>
  );
}
