"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state";

const TYPES = [
  { value: "SCO", label: "Établissement scolaire (SCO)", hint: "Collège, lycée." },
  { value: "SUP", label: "Enseignement supérieur (SUP)", hint: "Université, école." },
  { value: "PRO", label: "Professionnel ou médiation (PRO)", hint: "Entreprise, organisme de formation, médiathèque." },
];

/** A centre's name, type (radios in a fieldset) and city; errors next to each field. */
export function CentreForm({
  action,
  centreId,
  initial,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  centreId?: string;
  initial?: { name: string; type: string; city: string };
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const k = state.submitted ? "-s" : "";
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {centreId ? <input type="hidden" name="centreId" value={centreId} /> : null}
      <Field key={`name${k}`} name="name" label="Nom du centre" required maxLength={120} autoComplete="off" defaultValue={values.name ?? initial?.name ?? ""} error={errors.name} />
      <ChoiceGroup key={`type${k}`} name="type" legend="Type de centre" required error={errors.type} defaultValue={values.type ?? initial?.type} choices={TYPES} />
      <Field key={`city${k}`} name="city" label="Ville" required maxLength={100} autoComplete="off" defaultValue={values.city ?? initial?.city ?? ""} error={errors.city} />
      <div>
        <Button disabled={pending} aria-disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
