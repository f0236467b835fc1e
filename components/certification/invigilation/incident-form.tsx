"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextArea } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state";


/**
 * "Signaler un incident": category radios in a fieldset, the question concerned (only the
 * questions already shown to the candidate), a description. Works the same without JavaScript:
 * the server renders the returned errors.
 */
export function IncidentForm({
  action,
  candidateId,
  categories,
  questions,
  maxLength,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  candidateId: string;
  categories: readonly { value: string; label: string }[];
  questions: { number: number; challengeId: string }[];
  maxLength: number;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const selectError = errors.challengeId;
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {Object.keys(errors).length ? <Alert tone="error">Le formulaire contient des erreurs. Corrigez les champs signalés.</Alert> : null}
      <input type="hidden" name="candidateId" value={candidateId} />
      <ChoiceGroup name="category" legend="Type d'incident" choices={[...categories]} error={errors.category} required defaultValue={values.category} />
      <div className="flex flex-col gap-1">
        <label htmlFor="champ-challengeId" className="font-semibold">
          Question concernée
        </label>
        <p id="champ-challengeId-aide" className="text-sm text-muted">
          Seulement pour un problème technique ou un problème sur une question : cette question ne comptera pas.
        </p>
        {selectError ? (
          <p id="champ-challengeId-erreur" className="text-sm font-semibold text-danger">
            <span aria-hidden="true">⚠ </span>
            {selectError}
          </p>
        ) : null}
        <select
          id="champ-challengeId"
          name="challengeId"
          defaultValue={values.challengeId ?? ""}
          aria-invalid={selectError ? true : undefined}
          aria-describedby={selectError ? "champ-challengeId-aide champ-challengeId-erreur" : "champ-challengeId-aide"}
          className="min-h-11 rounded-md border-2 border-field bg-white px-3 py-2 text-base"
        >
          <option value="">Aucune question en particulier</option>
          {questions.map((q) => (
            <option key={q.challengeId} value={q.challengeId}>
              Question {q.number}
            </option>
          ))}
        </select>
      </div>
      <TextArea
        name="description"
        label="Description"
        hint={`Ce qui s'est passé, en quelques mots (${maxLength} caractères au plus).`}
        error={errors.description}
        required
        maxLength={maxLength}
        defaultValue={values.description ?? ""}
      />
      <div>
        <Button disabled={pending} aria-disabled={pending}>
          Enregistrer l&apos;incident
        </Button>
      </div>
    </form>
  );
}
