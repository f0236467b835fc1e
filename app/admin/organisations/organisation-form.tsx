"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state";

export type OrganisationDefaults = {
  name: string;
  type: string;
  siret: string;
  hasAbcPixAccess: boolean;
  /** null: every general profile */
  targetProfileIds: string[] | null;
};

/** Create or edit an organisation: name, type, SIRET, ABC Pix access, the general profiles it may use. */
export function OrganisationForm({
  action,
  orgId,
  defaults,
  types,
  profiles,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  orgId?: string;
  defaults: OrganisationDefaults;
  types: { value: string; label: string }[];
  profiles: { id: string; name: string }[];
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const errors = state.fieldErrors ?? {};
  const v = state.values;
  const k = state.submitted ? "-s" : "";
  const type = v?.type ?? defaults.type;
  const abc = v ? v.hasAbcPixAccess === "on" : defaults.hasAbcPixAccess;
  const mode = v?.profiles ?? (defaults.targetProfileIds ? "some" : "all");
  const ticked = v ? v.targetProfileIds.split(",").filter(Boolean) : (defaults.targetProfileIds ?? []);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-6">
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {orgId ? <input type="hidden" name="orgId" value={orgId} /> : null}
      <Field key={`name${k}`} name="name" label="Nom de l'organisation" required maxLength={200} defaultValue={v?.name ?? defaults.name} error={errors.name} />
      <div className="flex flex-col gap-1">
        <label htmlFor="champ-type" className="font-semibold">
          Type d&apos;organisation<span aria-hidden="true"> *</span>
        </label>
        {errors.type ? (
          <p id="champ-type-erreur" className="text-sm font-semibold text-danger">
            <span aria-hidden="true">⚠ </span>
            {errors.type}
          </p>
        ) : null}
        <select
          key={`type${k}`}
          id="champ-type"
          name="type"
          required
          defaultValue={type}
          aria-invalid={errors.type ? true : undefined}
          aria-describedby={errors.type ? "champ-type-erreur" : undefined}
          className="min-h-11 rounded-md border-2 border-field bg-white px-3 py-2"
        >
          <option value="">Choisissez un type</option>
          {types.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <Field
        key={`siret${k}`}
        name="siret"
        label="SIRET (facultatif)"
        hint="14 chiffres. Les espaces sont acceptés."
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        defaultValue={v?.siret ?? defaults.siret}
        error={errors.siret}
      />
      <div className="flex items-start gap-3">
        <input key={`abc${k}`} id="champ-abc" type="checkbox" name="hasAbcPixAccess" defaultChecked={abc} className="mt-1 size-5 shrink-0" />
        <label htmlFor="champ-abc">Accès à ABC Pix (parcours pour débuter, ABC Diag)</label>
      </div>
      <ChoiceGroup
        key={`profiles${k}`}
        name="profiles"
        legend="Profils cibles généraux autorisés"
        defaultValue={mode}
        error={errors.profiles}
        choices={[
          { value: "all", label: "Tous les profils généraux", hint: "Y compris ceux qui seront ajoutés plus tard." },
          { value: "some", label: "Seulement les profils cochés ci-dessous" },
        ]}
      />
      <ChoiceGroup
        key={`ids${k}`}
        name="targetProfileIds"
        type="checkbox"
        legend="Profils cochés (utilisés si vous avez choisi « Seulement les profils cochés »)"
        defaultValue={ticked}
        error={errors.targetProfileIds}
        choices={profiles.map((p) => ({ value: p.id, label: p.name }))}
      />
      <div>
        <Button disabled={pending} aria-disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
