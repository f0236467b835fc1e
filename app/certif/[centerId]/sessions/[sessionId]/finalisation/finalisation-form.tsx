"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state";

export type UnfinishedCourse = { courseId: string; name: string; stateLabel: string };

const REASONS: [string, string][] = [
  ["candidate", "Abandon du candidat"],
  ["technical", "Problème technique"],
  ["fraud", "Fraude"],
  ["other", "Autre"],
];

/** The finalisation form: works the same without JavaScript (the server renders the returned state). */
export function FinalisationForm({ action, unfinished }: { action: (state: FormState, formData: FormData) => Promise<FormState>; unfinished: UnfinishedCourse[] }) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-6" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {unfinished.length > 0 ? (
        <fieldset className="flex flex-col gap-5">
          <legend className="mb-2 text-xl font-semibold">Tests non terminés</legend>
          <p>Pour chaque test qui n&apos;est pas allé à son terme, indiquez pourquoi. Le test sera arrêté et noté avec les réponses déjà données.</p>
          {unfinished.map((c) => {
            const id = `abandon-${c.courseId}`;
            const textId = `abandon-precision-${c.courseId}`;
            const error = errors[id];
            return (
              <div key={c.courseId} className="flex flex-col gap-2 rounded-md border border-line p-4">
                <p className="font-semibold">
                  {c.name} <span className="font-normal">({c.stateLabel})</span>
                </p>
                <label htmlFor={`champ-${id}`} className="font-semibold">
                  Raison de l&apos;arrêt <span aria-hidden="true">*</span>
                </label>
                {error ? (
                  <p id={`champ-${id}-erreur`} className="text-sm font-semibold text-danger">
                    <span aria-hidden="true">⚠ </span>
                    {error}
                  </p>
                ) : null}
                <select
                  id={`champ-${id}`}
                  name={id}
                  required
                  defaultValue={values[id] ?? ""}
                  key={`${id}-${state.submitted ? "s" : ""}`}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `champ-${id}-erreur` : undefined}
                  className={`min-h-11 rounded-md border-2 bg-white px-3 py-2 ${error ? "border-danger" : "border-field"}`}
                >
                  <option value="">Choisissez une raison</option>
                  {REASONS.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
                <TextArea name={textId} label="Précision (facultatif)" maxLength={500} defaultValue={values[textId]} error={errors[textId]} />
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <TextArea
        name="commentaire"
        label="Commentaire de l'examinateur (facultatif)"
        hint="2 000 caractères au plus. Il sera lu par l'équipe Pix avant la publication des résultats."
        maxLength={2000}
        defaultValue={values.commentaire}
        error={errors.commentaire}
      />
      <Alert tone="warning">Une fois la session finalisée, plus rien ne peut y être changé : ni les candidats, ni les tests.</Alert>
      <div>
        <Button disabled={pending} aria-disabled={pending}>
          Finaliser la session
        </Button>
      </div>
    </form>
  );
}
