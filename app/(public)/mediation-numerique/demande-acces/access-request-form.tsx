"use client";

import { useActionState } from "react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field, TextArea } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state";
import { AUDIENCES, PEOPLE_PER_YEAR } from "@/lib/access-requests/rules";
import { ORGANISATION_TYPE_LABELS } from "@/lib/orga/labels";

const legend = "text-xl font-semibold";
const group = "flex flex-col gap-5 rounded-lg bg-white p-4";

/** The ABC Pix access request: three fieldsets; errors next to each field, with or without JavaScript. */
export function AccessRequestForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  // remount the fields after a submission so they show what was sent back
  const k = (name: string) => name + (state.submitted ? "-s" : "");
  const input = (name: string, label: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field key={k(name)} name={name} label={label} required maxLength={200} defaultValue={v[name] ?? ""} error={e[name]} {...extra} />
  );
  return (
    <form action={formAction} noValidate className="flex flex-col gap-6">
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <fieldset className={group}>
        <legend className={legend}>Votre structure</legend>
        {input("structureName", "Nom de la structure", { autoComplete: "organization" })}
        {input("siret", "Numéro SIRET", {
          hint: "14 chiffres, par exemple 123 456 789 00012. Vous le trouvez sur annuaire-entreprises.data.gouv.fr.",
          inputMode: "numeric",
          maxLength: 20,
        })}
        <ChoiceGroup
          key={k("structureType")}
          name="structureType"
          legend="Type de structure"
          required
          error={e.structureType}
          defaultValue={v.structureType ?? ""}
          choices={Object.entries(ORGANISATION_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
        />
        {input("address", "Adresse (numéro et rue)", { autoComplete: "street-address", maxLength: 300 })}
        {input("postalCode", "Code postal", { autoComplete: "postal-code", inputMode: "numeric", maxLength: 5, hint: "5 chiffres" })}
        {input("city", "Ville", { autoComplete: "address-level2", maxLength: 100 })}
      </fieldset>
      <fieldset className={group}>
        <legend className={legend}>La personne à contacter</legend>
        <p className="text-sm text-muted">Si la demande est acceptée, c&apos;est elle qui recevra l&apos;invitation à Pix Orga.</p>
        {input("contactFirstName", "Prénom", { autoComplete: "given-name", maxLength: 100 })}
        {input("contactLastName", "Nom", { autoComplete: "family-name", maxLength: 100 })}
        {input("contactEmail", "Adresse e-mail", { type: "email", autoComplete: "email", maxLength: 254, hint: "Par exemple : nom@exemple.fr" })}
        {input("contactPhone", "Téléphone (facultatif)", { type: "tel", autoComplete: "tel", required: false, maxLength: 20, hint: "Par exemple : 01 23 45 67 89" })}
        {input("contactRole", "Fonction dans la structure", { maxLength: 100, hint: "Par exemple : conseillère numérique, directeur" })}
      </fieldset>
      <fieldset className={group}>
        <legend className={legend}>Votre projet</legend>
        <ChoiceGroup
          key={k("audiences")}
          name="audiences"
          type="checkbox"
          legend="Publics accueillis"
          hint="Cochez tout ce qui convient."
          error={e.audiences}
          defaultValue={(v.audiences ?? "").split("\n").filter(Boolean)}
          choices={AUDIENCES.map((a) => ({ value: a.id, label: a.label }))}
        />
        <ChoiceGroup
          key={k("peoplePerYear")}
          name="peoplePerYear"
          legend="Personnes accompagnées par an (environ)"
          required
          error={e.peoplePerYear}
          defaultValue={v.peoplePerYear ?? ""}
          choices={PEOPLE_PER_YEAR.map((p) => ({ value: p.id, label: p.label }))}
        />
        <TextArea
          key={k("motivation")}
          name="motivation"
          label="Pourquoi voulez-vous utiliser ABC Pix ?"
          hint="Entre 30 et 3 000 caractères. Dites qui vous accompagnez et comment vous utiliserez ABC Pix."
          required
          rows={6}
          maxLength={3000}
          defaultValue={v.motivation ?? ""}
          error={e.motivation}
        />
        <div className="flex flex-col gap-1">
          {e.consent ? (
            <p id="champ-consent-erreur" className="text-sm font-semibold text-danger">
              <span aria-hidden="true">⚠ </span>
              {e.consent}
            </p>
          ) : null}
          <div className="flex items-start gap-3">
            <input
              key={k("consent")}
              id="champ-consent"
              type="checkbox"
              name="consent"
              required
              defaultChecked={v.consent === "on"}
              aria-invalid={e.consent ? true : undefined}
              aria-describedby={e.consent ? "champ-consent-erreur" : undefined}
              className="mt-1 size-5 shrink-0"
            />
            <label htmlFor="champ-consent">
              J&apos;accepte que Pix utilise ces informations pour étudier la demande et me répondre (voir{" "}
              <Link href="/donnees-personnelles">nos règles sur les données personnelles</Link>).{" "}
              <span aria-hidden="true">*</span>
            </label>
          </div>
        </div>
      </fieldset>
      <div>
        <Button disabled={pending} aria-disabled={pending}>
          Envoyer ma demande
        </Button>
      </div>
    </form>
  );
}
