import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import type { Group, GroupingParticipant, GroupingQuality, GroupingTheme } from "@/lib/campaigns/groups";
import { listGroups, type SavedGroup, type SavedGroups } from "@/lib/campaigns/orga/list-groups";
import { kSchema, MAX_K, MIN_K, suggestGroups, type GroupsSuggestion } from "@/lib/campaigns/orga/suggest-groups";
import { NotAllowed, NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { formatDateTime, formatNumber } from "@/lib/i18n/fr";
import { moveGroupMemberAction, saveGroupsAction } from "./actions";

export const metadata: Metadata = { title: "Groupes – Campagne – Pix Orga" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgId: string; campaignId: string }>; searchParams: Promise<{ k?: string | string[]; fait?: string; erreur?: string }> };

const NBSP = "\u00a0";
const pct = (v: number) => `${Math.round(v * 100)}${NBSP}%`;
const cell = "border-b border-line px-3 py-2 text-left align-top";
const DEFAULT_K = 3;

const DONE: Record<string, string> = {
  enregistres: "Les groupes sont enregistrés. Vous pouvez maintenant déplacer des personnes d'un groupe à l'autre.",
  deplace: "La personne a changé de groupe. Les descriptions des groupes sont mises à jour.",
  inchange: "Cette personne était déjà dans ce groupe : rien n'a changé.",
};
const ERROR: Record<string, string> = {
  "trop-peu": "Il n'y a pas assez de personnes ayant envoyé leurs résultats pour former autant de groupes. Choisissez moins de groupes.",
  vide: "Un groupe ne peut pas rester vide : ajoutez-y d'abord une autre personne avant de déplacer la dernière.",
  introuvable: "Ce groupe ou cette personne ne fait plus partie de la campagne. La page est à jour : réessayez.",
  formulaire: "Choisissez un groupe dans la liste, puis validez.",
};

function Centroid({ themes, group, caption }: { themes: GroupingTheme[]; group: Group; caption: string }) {
  return (
    <table className="w-full max-w-lg border-collapse">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <tbody>
        {themes.map((t) => {
          const v = group.centroid[t.id];
          return (
            <tr key={t.id}>
              <th scope="row" className="py-1 pr-3 text-left font-normal">
                {t.name}
              </th>
              <td className="w-16 py-1 text-right tabular-nums">{v === null || v === undefined ? "non mesuré" : pct(v)}</td>
              <td className="py-1 pl-3">
                <span aria-hidden="true" className="inline-block h-3 w-28 rounded bg-line align-middle">
                  {v === null || v === undefined ? null : <span className="block h-3 rounded bg-primary" style={{ width: `${Math.round(v * 100)}%` }} />}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Quality({ quality }: { quality: GroupingQuality }) {
  return (
    <p>
      <strong>{quality.summary}</strong> (séparation {quality.separation}, indice {quality.silhouette.toLocaleString("fr-FR", { maximumFractionDigits: 2 })} sur 1)
    </p>
  );
}

function GroupCard({
  group,
  themes,
  move,
  results,
  heading: Heading = "h3",
}: {
  group: Group;
  themes: GroupingTheme[];
  move?: (m: GroupingParticipant) => ReactNode;
  results?: string;
  heading?: "h3" | "h4";
}) {
  const n = group.members.length;
  return (
    <Card as="article" className="flex flex-col gap-3">
      <Heading className="text-xl">
        {group.name} <span className="font-normal text-muted">({n} personne{n > 1 ? "s" : ""})</span>
      </Heading>
      <p>{group.label}</p>
      <Centroid themes={themes} group={group} caption={`Profil moyen du ${group.name}`} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse">
          <caption className="sr-only">Membres du {group.name} et pourquoi ils y sont</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>Personne</th>
              <th scope="col" className={cell}>Pourquoi dans ce groupe</th>
              {move ? <th scope="col" className={cell}>Changer de groupe</th> : null}
            </tr>
          </thead>
          <tbody>
            {group.members.map((m) => (
              <tr key={m.id}>
                <th scope="row" className={`${cell} font-semibold`}>
                  {m.name}
                </th>
                <td className={cell}>
                  {m.why.closerElsewhere ? <span className="font-semibold text-warning">À vérifier : </span> : null}
                  {m.why.text}
                </td>
                {move ? <td className={cell}>{move(m)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {results ? (
        <p>
          <Link href={results}>
            Voir leurs résultats<span className="sr-only"> : {group.name}</span>
          </Link>
        </p>
      ) : null}
    </Card>
  );
}

function MoveForm({ orgId, campaignId, person, groups, currentGroupId }: { orgId: string; campaignId: string; person: GroupingParticipant; groups: SavedGroup[]; currentGroupId: string | null }) {
  const id = `deplacer-${person.id}`;
  const targets = groups.filter((g) => g.id !== currentGroupId);
  return (
    <form action={moveGroupMemberAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="participationId" value={person.id} />
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm">
          {currentGroupId ? "Déplacer" : "Placer"}
          <span className="sr-only"> {person.name}</span> vers
        </label>
        <select id={id} name="groupId" className="min-h-11 rounded border-2 border-field bg-white px-2" defaultValue={targets[0]?.id}>
          {targets.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </div>
      <Button variant="secondary" className="px-3 py-2">
        {currentGroupId ? "Déplacer" : "Placer"}
        <span className="sr-only"> {person.name}</span>
      </Button>
    </form>
  );
}

export default async function GroupsPage({ params, searchParams }: Props) {
  const { orgId, campaignId } = await params;
  const sp = await searchParams;
  const actor = await requireActorOrLogin(`/orga/${orgId}/campagnes/${campaignId}/groupes`);
  const rawK = Array.isArray(sp.k) ? sp.k[0] : sp.k;
  const k = rawK === undefined ? null : kSchema.safeParse(rawK);
  let saved: SavedGroups;
  let suggestion: GroupsSuggestion | null = null;
  try {
    saved = await listGroups(getDb(), actor, orgId, campaignId);
    if (k?.success) suggestion = await suggestGroups(getDb(), actor, orgId, campaignId, k.data);
  } catch (e) {
    if (e instanceof NotAllowed || e instanceof NotFound) pageNotFound();
    throw e;
  }
  const c = saved.campaign;
  const base = `/orga/${orgId}/campagnes/${c.id}`;
  const savedK = saved.groups.length >= MIN_K && saved.groups.length <= MAX_K ? saved.groups.length : DEFAULT_K;
  const chosenK = k?.success ? k.data : savedK;
  const done = sp.fait ? DONE[sp.fait] : undefined;
  const error = sp.erreur ? ERROR[sp.erreur] : undefined;
  const themes = c.themes.map((t) => ({ id: t.id, name: t.name }));

  if (c.type === "profiles") {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl">Groupes</h1>
        <p>Une collecte de profils ne mesure pas de thèmes : on ne peut pas en tirer des groupes de niveau.</p>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl">Groupes</h1>
        <p>
          Formez des groupes de personnes au profil proche pour vos ateliers : chaque groupe réunit des personnes qui ont les mêmes points forts et
          les mêmes points à travailler, {c.type === "abc-diag" ? "dimension par dimension" : "thème par thème"}. Seules les personnes qui ont
          envoyé leurs résultats sont prises en compte.
        </p>
      </div>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}

      {saved.groups.length > 0 ? (
        <section id="groupes-enregistres" aria-labelledby="titre-enregistres" className="flex flex-col gap-4">
          <h2 id="titre-enregistres" className="text-2xl">
            Groupes enregistrés
          </h2>
          <p className="text-muted">
            Enregistrés {saved.savedAt ? `le ${formatDateTime(saved.savedAt)}` : ""}
            {saved.savedBy ? ` par ${saved.savedBy}` : ""}. Les descriptions suivent les déplacements que vous faites.
          </p>
          {saved.quality ? <Quality quality={saved.quality} /> : null}
          {saved.groups.map((g) => (
            <GroupCard
              key={g.id}
              group={g}
              themes={themes}
              results={`${base}/resultats?groupe=${g.id}`}
              move={(m) =>
                g.members.length > 1 ? (
                  <MoveForm orgId={orgId} campaignId={c.id} person={m} groups={saved.groups} currentGroupId={g.id} />
                ) : (
                  <span className="text-muted">Seule personne du groupe : ajoutez-y quelqu&apos;un avant de la déplacer.</span>
                )
              }
            />
          ))}
          {saved.notGrouped.length > 0 ? (
            <Card className="flex flex-col gap-3">
              <h3 className="text-xl">Pas encore dans un groupe</h3>
              <p>Ces personnes ont envoyé leurs résultats après l&apos;enregistrement des groupes. Placez-les dans un groupe, ou proposez de nouveaux groupes.</p>
              <ul className="flex flex-col gap-3">
                {saved.notGrouped.map((p) => (
                  <li key={p.id} className="flex flex-col gap-1">
                    <span className="font-semibold">{p.name}</span>
                    <MoveForm orgId={orgId} campaignId={c.id} person={p} groups={saved.groups} currentGroupId={null} />
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="titre-proposer" className="flex flex-col gap-4">
        <h2 id="titre-proposer" className="text-2xl">
          {saved.groups.length > 0 ? "Proposer de nouveaux groupes" : "Proposer des groupes"}
        </h2>
        <form method="get" action={`${base}/groupes`} className="flex flex-col gap-3">
          <fieldset className="flex flex-col gap-2" aria-describedby={k && !k.success ? "k-erreur" : undefined}>
            <legend className="font-semibold">Combien de groupes voulez-vous former ?</legend>
            {k && !k.success ? (
              <p id="k-erreur" className="text-sm font-semibold text-danger">
                <span aria-hidden="true">⚠ </span>
                Choisissez un nombre de groupes entre {MIN_K} et {MAX_K}.
              </p>
            ) : null}
            <div className="flex flex-wrap gap-4">
              {Array.from({ length: MAX_K - MIN_K + 1 }, (_, i) => MIN_K + i).map((n) => (
                <label key={n} className="flex min-h-11 items-center gap-2">
                  <input type="radio" name="k" value={n} defaultChecked={n === chosenK} className="size-5" />
                  {n} groupes
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <Button>Proposer des groupes</Button>
          </div>
        </form>

        {suggestion?.kind === "too-few" ? (
          <Alert tone="info" title="Pas assez de résultats pour l'instant">
            Pour former {suggestion.k} groupes, il faut au moins {suggestion.k + 1} personnes ayant envoyé leurs résultats ; il y en a{" "}
            {formatNumber(suggestion.participants)}. Choisissez moins de groupes, ou attendez d&apos;autres résultats.
          </Alert>
        ) : null}
        {suggestion?.kind === "no-themes" ? <Alert tone="info">Cette campagne ne mesure aucun thème : on ne peut pas former de groupes.</Alert> : null}
        {suggestion?.kind === "groups" ? (
          <div className="flex flex-col gap-4">
            <h3 className="text-xl">
              Proposition : {suggestion.k} groupes pour {formatNumber(suggestion.participants)} personnes
            </h3>
            <Quality quality={suggestion.grouping.quality} />
            {suggestion.grouping.groups.map((g) => (
              <GroupCard key={g.index} group={g} themes={themes} heading="h4" />
            ))}
            {suggestion.grouping.unplaced.length > 0 ? (
              <p>
                Sans résultat mesuré, non placés : {suggestion.grouping.unplaced.map((p) => p.name).join(", ")}.
              </p>
            ) : null}
            <form action={saveGroupsAction} className="flex flex-col gap-2">
              <input type="hidden" name="orgId" value={orgId} />
              <input type="hidden" name="campaignId" value={c.id} />
              <input type="hidden" name="k" value={suggestion.k} />
              {saved.groups.length > 0 ? <p>Enregistrer ces groupes remplace les groupes enregistrés plus haut.</p> : null}
              <div>
                <Button>Enregistrer ces groupes</Button>
              </div>
            </form>
          </div>
        ) : null}
      </section>
    </div>
  );
}
