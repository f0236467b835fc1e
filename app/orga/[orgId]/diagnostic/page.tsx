import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { findDiagByCode, type FoundDiag } from "@/lib/campaigns/orga/find-diag-by-code";
import { DIAG_LEVEL_LABEL, ORIENTATION_LABEL } from "@/lib/campaigns/orga/get-participant";
import { LABEL_MAX } from "@/lib/campaigns/orga/keep-diag";
import { listKeptDiags, type KeptDiag } from "@/lib/campaigns/orga/list-kept-diags";
import { InvalidInput, NotAllowed, NotFound, RateLimited } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { formatDate, formatDateTime, fr } from "@/lib/i18n/fr";
import { keepDiagAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Retrouver un diagnostic – Pix Orga" };

type Props = { params: Promise<{ orgId: string }>; searchParams: Promise<{ code?: string | string[]; fait?: string }> };

const DONE: Record<string, string> = {
  garde: "Le diagnostic est gardé dans la liste de la structure.",
  modifie: "Ce diagnostic était déjà dans la liste : son nom a été mis à jour.",
};

const cell = "border-b border-line px-3 py-2 text-left align-top";

function Found({ orgId, d }: { orgId: string; d: FoundDiag }) {
  const o = ORIENTATION_LABEL[d.orientation];
  return (
    <Card>
      <h2 id="titre-resultat" className="mb-2 text-2xl">
        Diagnostic <span className="font-mono">{d.resultCode}</span>
      </h2>
      <p>Terminé le {formatDateTime(d.completedAt)}.</p>
      <p className="mt-3 text-xl">
        Orientation : <strong>{o.title}</strong>
      </p>
      <p className="mt-1">{o.text}</p>
      <ul className="mt-4 flex flex-col gap-3">
        {d.dimensions.map((dim) => (
          <li key={dim.id}>
            <strong>{dim.name}</strong> : {DIAG_LEVEL_LABEL[dim.level]} ({dim.right} sur {dim.played})
            {dim.missed.length ? <span className="block">Gestes manqués : {dim.missed.join(" ; ")}.</span> : null}
          </li>
        ))}
      </ul>
      {d.workOnFirst ? (
        <p className="mt-4">
          À travailler d&apos;abord : <strong>{d.workOnFirst.dimension}</strong>. {d.workOnFirst.advice}
        </p>
      ) : null}
      <div className="mt-6 flex flex-col gap-2">
        <h3 className="text-xl">{d.kept ? "Déjà dans la liste de la structure" : "Garder dans la liste de la structure"}</h3>
        <ActionForm
          action={keepDiagAction}
          submitLabel={d.kept ? "Changer le nom" : "Garder dans la liste de la structure"}
          fields={[
            { kind: "hidden", name: "orgId", value: orgId },
            { kind: "hidden", name: "code", value: d.resultCode },
            {
              kind: "input",
              name: "label",
              label: "Nom ou pseudonyme (facultatif)",
              hint: `Pour reconnaître la personne dans la liste, ${LABEL_MAX} caractères au plus.`,
              maxLength: LABEL_MAX,
              autoComplete: "off",
              defaultValue: d.kept?.label ?? "",
            },
          ]}
        />
      </div>
    </Card>
  );
}

export default async function FindDiagPage({ params, searchParams }: Props) {
  const { orgId } = await params;
  const sp = await searchParams;
  const typed = (Array.isArray(sp.code) ? sp.code[0] : sp.code)?.slice(0, 40);
  const actor = await requireActorOrLogin(`/orga/${encodeURIComponent(orgId)}/diagnostic`);
  let kept: KeptDiag[];
  try {
    kept = await listKeptDiags(actor, orgId);
  } catch (e) {
    if (e instanceof NotAllowed || e instanceof NotFound) pageNotFound();
    throw e;
  }
  let found: FoundDiag | null = null;
  let error: string | null = null;
  if (typed !== undefined && typed.trim() !== "") {
    try {
      found = await findDiagByCode(actor, { orgId, code: typed });
    } catch (e) {
      if (e instanceof InvalidInput) error = e.fieldErrors.code ?? e.userMessage;
      else if (e instanceof RateLimited) error = `${e.userMessage} ${fr.tooManyAttempts(e.retryAt)}`;
      else if (e instanceof NotFound) error = e.userMessage;
      else throw e;
    }
  } else if (typed !== undefined) {
    error = "Écrivez le code que la personne vous montre, par exemple D-7KQ2M9.";
  }
  const done = sp.fait ? DONE[sp.fait] : undefined;
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl">Retrouver un diagnostic</h1>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <p>
        À la fin de l&apos;ABC Diag, la personne voit un code de résultat, par exemple <span className="font-mono">D-7KQ2M9</span>. En vous le montrant, elle
        accepte de vous partager son résultat. Écrivez-le ici pour le voir, puis gardez-le si vous l&apos;accompagnez.
      </p>
      <form method="get" className="flex flex-col gap-3" role="search" aria-label="Chercher un diagnostic par son code">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Field
          name="code"
          label="Code de résultat"
          hint="Majuscules, minuscules et espaces n'ont pas d'importance ; « D- » peut être omis."
          defaultValue={typed ?? ""}
          autoComplete="off"
          maxLength={40}
          aria-invalid={error ? true : undefined}
          className="max-w-xs"
        />
        <div>
          <Button>Chercher</Button>
        </div>
      </form>

      {found ? <Found orgId={orgId} d={found} /> : null}

      <section id="liste" aria-labelledby="titre-liste" className="flex flex-col gap-3">
        <h2 id="titre-liste" className="text-2xl">
          Diagnostics gardés par la structure ({kept.length})
        </h2>
        {kept.length === 0 ? (
          <p>Aucun diagnostic gardé pour l&apos;instant.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white">
              <caption className="sr-only">Diagnostics gardés, du plus récent au plus ancien</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>Personne</th>
                  <th scope="col" className={cell}>Terminé le</th>
                  <th scope="col" className={cell}>Orientation</th>
                  <th scope="col" className={cell}>Dimensions</th>
                  <th scope="col" className={cell}>Gardé par</th>
                </tr>
              </thead>
              <tbody>
                {kept.map((k) => (
                  <tr key={k.runId}>
                    <th scope="row" className={`${cell} font-semibold`}>
                      {k.label ?? "Sans nom"}
                      <span className="block font-mono font-normal">{k.resultCode}</span>
                    </th>
                    <td className={cell}>{formatDate(k.completedAt)}</td>
                    <td className={cell}>{ORIENTATION_LABEL[k.orientation].title}</td>
                    <td className={cell}>
                      <ul>
                        {k.dimensions.map((dim) => (
                          <li key={dim.id}>
                            {dim.name} : {DIAG_LEVEL_LABEL[dim.level]}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className={cell}>
                      {k.keptByName ?? "Ancien membre"}, le {formatDate(k.keptAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
