import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { currentActor } from "@/lib/auth/current-actor";
import { CAMPAIGN_TYPE_LABEL } from "@/lib/campaigns/orga/get-org-campaign";
import { GUIDE_SUMMARIES } from "@/lib/kit/guides";
import { listKitCampaigns, type KitCampaignItem } from "@/lib/kit/kit-campaigns";
import { KIT_PAGE, kitErrorsByField, MAX_STRUCTURE_LENGTH } from "@/lib/kit/kit-query";

type Props = { searchParams: Promise<{ erreur?: string | string[]; structure?: string | string[]; format?: string | string[]; campagne?: string | string[] }> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const errors = kitErrorsByField((await searchParams).erreur);
  return { title: `${Object.keys(errors).length ? "Erreur : " : ""}Kit de déploiement ABC Diag et ABC Pix` };
}

const ERROR_CLASS = "text-sm font-semibold text-danger";

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className={ERROR_CLASS}>
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

/** Campaigns grouped by organisation, for the select. */
function byOrganisation(campaigns: KitCampaignItem[]): [string, KitCampaignItem[]][] {
  const groups = new Map<string, KitCampaignItem[]>();
  for (const c of campaigns) groups.set(c.organisationName, [...(groups.get(c.organisationName) ?? []), c]);
  return [...groups];
}

export default async function KitPage({ searchParams }: Props) {
  const sp = await searchParams;
  const errors = kitErrorsByField(sp.erreur);
  const actor = await currentActor();
  const campaigns = await listKitCampaigns(actor);
  const structure = one(sp.structure).slice(0, 200);
  const format = one(sp.format) === "A3" ? "A3" : "A4";
  const chosen = one(sp.campagne);
  const loggedIn = Boolean(actor && !actor.isAnonymous);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p>
          <Link href="/mediation-numerique">Médiation numérique</Link>
        </p>
        <h1 className="text-3xl">Kit de déploiement ABC Diag et ABC Pix</h1>
        <p className="text-lg">Tout ce qu&apos;il faut pour proposer ABC Diag et ABC Pix dans votre structure&nbsp;:</p>
        <ul className="list-disc pl-6">
          <li>une affiche à mettre au mur (A4 ou A3)&nbsp;;</li>
          <li>un flyer ABC Diag à distribuer, avec l&apos;adresse et un QR code&nbsp;;</li>
          <li>le contenu des tests ABC Pix, pour savoir ce qui est évalué&nbsp;;</li>
          <li>des guides pas à pas pour Pix Orga.</li>
        </ul>
      </header>

      <section aria-labelledby="personnaliser" className="flex flex-col gap-4 rounded-xl border border-line bg-white p-5">
        <h2 id="personnaliser" className="text-2xl">
          Personnaliser l&apos;affiche et le flyer
        </h2>
        <p>Le nom de votre structure est imprimé sur les documents. Rien n&apos;est enregistré.</p>
        <form method="get" action={`${KIT_PAGE}/affiche`} className="flex flex-col gap-5">
          <div className="flex flex-col gap-1">
            <label htmlFor="champ-structure" className="font-semibold">
              Nom de votre structure <span aria-hidden="true">*</span>
            </label>
            <p id="champ-structure-aide" className="text-sm text-muted">
              Par exemple&nbsp;: Médiathèque Émile-Zola. {MAX_STRUCTURE_LENGTH} caractères au plus.
            </p>
            <FieldError id="champ-structure-erreur" message={errors.structure} />
            <input
              id="champ-structure"
              name="structure"
              required
              maxLength={MAX_STRUCTURE_LENGTH}
              defaultValue={structure}
              autoComplete="organization"
              aria-invalid={errors.structure ? true : undefined}
              aria-describedby={errors.structure ? "champ-structure-aide champ-structure-erreur" : "champ-structure-aide"}
              className={`min-h-11 rounded-md border-2 bg-white px-3 py-2 ${errors.structure ? "border-danger" : "border-field"}`}
            />
          </div>

          <fieldset id="champ-format" aria-describedby={errors.format ? "champ-format-erreur" : undefined} className="flex flex-col gap-2">
            <legend className="mb-2 font-semibold">Format du papier</legend>
            <FieldError id="champ-format-erreur" message={errors.format} />
            {(
              [
                ["A4", "A4 (feuille ordinaire)", "Le flyer tient sur une page."],
                ["A3", "A3 (deux fois plus grand)", "L'affiche est plus grande ; le flyer est imprimé deux fois, côte à côte, à découper."],
              ] as const
            ).map(([value, label, hint]) => (
              <div key={value} className="flex items-start gap-3">
                <input id={`format-${value}`} type="radio" name="format" value={value} defaultChecked={format === value} className="mt-1 size-5 shrink-0" aria-describedby={`format-${value}-aide`} />
                <label htmlFor={`format-${value}`}>
                  {label}
                  <span id={`format-${value}-aide`} className="block text-sm text-muted">
                    {hint}
                  </span>
                </label>
              </div>
            ))}
          </fieldset>

          {campaigns.length ? (
            <div className="flex flex-col gap-1">
              <label htmlFor="champ-campagne" className="font-semibold">
                Ajouter le code d&apos;une campagne (facultatif)
              </label>
              <p id="champ-campagne-aide" className="text-sm text-muted">
                Le code et son QR code remplacent l&apos;adresse d&apos;ABC Diag&nbsp;: vous retrouvez les résultats dans Pix Orga. Le flyer ABC Diag ne porte que le code d&apos;une campagne ABC Diag.
              </p>
              <FieldError id="champ-campagne-erreur" message={errors.campagne} />
              <select
                id="champ-campagne"
                name="campagne"
                defaultValue={campaigns.some((c) => c.id === chosen) ? chosen : ""}
                aria-invalid={errors.campagne ? true : undefined}
                aria-describedby={errors.campagne ? "champ-campagne-aide champ-campagne-erreur" : "champ-campagne-aide"}
                className="min-h-11 rounded-md border-2 border-field bg-white px-3 py-2"
              >
                <option value="">Sans code de campagne</option>
                {byOrganisation(campaigns).map(([org, list]) => (
                  <optgroup key={org} label={org}>
                    {list.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name} – {CAMPAIGN_TYPE_LABEL[c.type] ?? c.type} – {c.code}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
          ) : errors.campagne ? (
            <div id="champ-campagne">
              <FieldError id="champ-campagne-erreur" message={errors.campagne} />
              {!loggedIn ? (
                <p className="mt-1">
                  <Link href={`/connexion?retour=${encodeURIComponent(KIT_PAGE)}`}>Se connecter pour choisir une campagne</Link>
                </p>
              ) : null}
            </div>
          ) : null}

          <div className="flex flex-wrap gap-3">
            <Button>Télécharger l&apos;affiche (PDF)</Button>
            <Button variant="secondary" formAction={`${KIT_PAGE}/flyer`}>
              Télécharger le flyer ABC Diag (PDF)
            </Button>
          </div>
        </form>
        {!loggedIn ? (
          <p className="text-sm">
            Vous avez un compte Pix Orga&nbsp;? <Link href={`/connexion?retour=${encodeURIComponent(KIT_PAGE)}`}>Connectez-vous</Link> pour
            imprimer le code d&apos;une de vos campagnes.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="contenu" className="flex flex-col gap-2">
        <h2 id="contenu" className="text-2xl">
          Contenu des tests ABC Pix
        </h2>
        <p>Ce que mesurent ABC Diag et chaque parcours ABC Pix, sujet par sujet, avec un exemple de tâche.</p>
        <p>
          <Link href={`${KIT_PAGE}/contenu-abc-pix`}>Lire le contenu des tests ABC Pix</Link>
        </p>
      </section>

      <section aria-labelledby="guides" className="flex flex-col gap-2">
        <h2 id="guides" className="text-2xl">
          Guides pas à pas
        </h2>
        <ul className="flex flex-col gap-3">
          {GUIDE_SUMMARIES.map((g) => (
            <li key={g.slug}>
              <Link href={`${KIT_PAGE}/guides/${g.slug}`} className="font-semibold">
                Guide&nbsp;: {g.title}
              </Link>
              <p>{g.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="aller-plus-loin" className="flex flex-col gap-2">
        <h2 id="aller-plus-loin" className="text-2xl">
          Aller plus loin
        </h2>
        <ul className="list-disc pl-6">
          <li>
            <Link href="/orga">Créer une campagne dans Pix Orga</Link> pour suivre les résultats des personnes.
          </li>
          <li>
            <Link href="/mediation-numerique">Retour à la page Médiation numérique</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
