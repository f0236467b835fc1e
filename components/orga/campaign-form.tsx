"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field, TextArea } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state";

export type CampaignFormValues = {
  name: string;
  targetProfileId: string;
  externalIdLabel: string;
  externalIdType: string;
  allowAnonymous: boolean;
  forAbsoluteNovice: boolean;
  multipleSendings: boolean;
  landingText: string;
  resultText: string;
};

type ProfileGroup = { label: string; profiles: { id: string; name: string }[] };

/**
 * The campaign form (create and edit). The type is chosen on the step before, so each type
 * shows only its own fields with its defaults, with or without JavaScript.
 */
export function CampaignForm({
  action,
  orgId,
  campaignId,
  type,
  profileGroups,
  initial,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  orgId: string;
  campaignId?: string;
  type: "abc-diag" | "assessment" | "profiles";
  profileGroups: ProfileGroup[];
  initial: CampaignFormValues;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const errors = state.fieldErrors ?? {};
  const v = state.values;
  const text = (name: keyof CampaignFormValues) => (v ? (v[name] ?? "") : String(initial[name] ?? ""));
  const checked = (name: keyof CampaignFormValues) => (v ? v[name] === "on" : Boolean(initial[name]));
  const key = state.submitted ? "s" : "i";
  return (
    <form action={formAction} className="flex flex-col gap-6" key={key}>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="type" value={type} />
      {campaignId ? <input type="hidden" name="campaignId" value={campaignId} /> : null}
      <Field name="name" label="Nom de la campagne" hint="Les participants le voient. Par exemple : Atelier numérique du mardi." required maxLength={100} defaultValue={text("name")} error={errors.name} />
      {type === "assessment" ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="champ-targetProfileId" className="font-semibold">
            Ce que la campagne évalue<span aria-hidden="true"> *</span>
          </label>
          {errors.targetProfileId ? (
            <p id="champ-targetProfileId-erreur" className="text-sm font-semibold text-danger">
              <span aria-hidden="true">⚠ </span>
              {errors.targetProfileId}
            </p>
          ) : null}
          <select
            id="champ-targetProfileId"
            name="targetProfileId"
            required
            defaultValue={text("targetProfileId")}
            aria-invalid={errors.targetProfileId ? true : undefined}
            aria-describedby={errors.targetProfileId ? "champ-targetProfileId-erreur" : undefined}
            className="min-h-11 rounded-md border-2 border-field bg-white px-3 py-2 text-base"
          >
            <option value="">Choisissez…</option>
            {profileGroups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.profiles.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      ) : null}
      <fieldset className="flex flex-col gap-4 rounded-lg border border-line p-4">
        <legend className="px-1 text-lg font-semibold">Identifiant demandé aux participants (facultatif)</legend>
        <Field
          name="externalIdLabel"
          label="Libellé de l'identifiant"
          hint="Par exemple : Numéro de dossier. Laissez vide si vous n'en avez pas besoin."
          maxLength={60}
          defaultValue={text("externalIdLabel")}
          error={errors.externalIdLabel}
        />
        <ChoiceGroup
          name="externalIdType"
          legend="Type de l'identifiant"
          error={errors.externalIdType}
          defaultValue={text("externalIdType") || "text"}
          choices={[
            { value: "text", label: "Texte libre" },
            { value: "number", label: "Des chiffres seulement" },
            { value: "email", label: "Une adresse e-mail" },
          ]}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-lg font-semibold">Options</legend>
        {options(type).map((o) => (
          <div key={o.name} className="flex items-start gap-3 rounded-md border-2 border-field bg-white p-3 has-[:checked]:border-primary">
            <input id={`champ-${o.name}`} type="checkbox" name={o.name} defaultChecked={checked(o.name)} aria-describedby={`champ-${o.name}-aide`} className="mt-1 size-5 shrink-0" />
            <label htmlFor={`champ-${o.name}`} className="flex-1">
              {o.label}
              <span id={`champ-${o.name}-aide`} className="block text-sm text-muted">
                {o.hint}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <TextArea name="landingText" label="Texte d'accueil (facultatif)" hint="Affiché avant de commencer. 1 000 caractères au plus." maxLength={1000} defaultValue={text("landingText")} error={errors.landingText} />
      {type === "assessment" ? (
        <TextArea name="resultText" label="Texte de fin (facultatif)" hint="Affiché avec les résultats. 1 000 caractères au plus." maxLength={1000} defaultValue={text("resultText")} error={errors.resultText} />
      ) : null}
      <div>
        <Button disabled={pending} aria-disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

function options(type: "abc-diag" | "assessment" | "profiles"): { name: "allowAnonymous" | "forAbsoluteNovice" | "multipleSendings"; label: string; hint: string }[] {
  const out: { name: "allowAnonymous" | "forAbsoluteNovice" | "multipleSendings"; label: string; hint: string }[] = [];
  if (type !== "profiles") {
    out.push({ name: "allowAnonymous", label: "Sans compte", hint: "Les personnes peuvent participer sans créer de compte Pix." });
    out.push({ name: "forAbsoluteNovice", label: "Grands débutants", hint: "Pas de correction entre les questions. Les résultats sont envoyés à la fin, sans étape d'envoi." });
  }
  if (type !== "abc-diag") out.push({ name: "multipleSendings", label: "Plusieurs envois", hint: "Les personnes peuvent repasser la campagne 4 jours après avoir envoyé leurs résultats." });
  return out;
}
