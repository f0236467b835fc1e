"use client";

import { useActionState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state";

export type FieldSpec =
  | {
      kind: "input";
      name: string;
      label: string;
      type?: "text" | "email" | "password" | "number" | "date" | "search";
      hint?: string;
      autoComplete?: string;
      required?: boolean;
      maxLength?: number;
      minLength?: number;
      defaultValue?: string;
      inputMode?: "text" | "numeric" | "email";
      pattern?: string;
    }
  | { kind: "textarea"; name: string; label: string; hint?: string; required?: boolean; maxLength?: number; defaultValue?: string }
  | { kind: "checkbox"; name: string; label: ReactNode; required?: boolean }
  | { kind: "hidden"; name: string; value: string };

/**
 * The one form island: posts to a server action, and shows the returned field errors and
 * messages. Without JavaScript the browser posts the form and the server renders the same
 * state, so every form behaves the same either way.
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  variant = "primary",
  noValidate = false,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
  noValidate?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} noValidate={noValidate} className="flex flex-col gap-5">
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {state.message ? <Alert tone="success">{state.message}</Alert> : null}
      {fields.map((f) => {
        if (f.kind === "hidden") return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
        if (f.kind === "checkbox") {
          const id = `champ-${f.name}`;
          return (
            <div key={f.name} className="flex flex-col gap-1">
              {errors[f.name] ? (
                <p id={`${id}-erreur`} className="text-sm font-semibold text-danger">
                  <span aria-hidden="true">⚠ </span>
                  {errors[f.name]}
                </p>
              ) : null}
              <div className="flex items-start gap-3">
                <input
                  id={id}
                  type="checkbox"
                  name={f.name}
                  required={f.required}
                  defaultChecked={values[f.name] === "on"}
                  aria-invalid={errors[f.name] ? true : undefined}
                  aria-describedby={errors[f.name] ? `${id}-erreur` : undefined}
                  className="mt-1 size-5 shrink-0"
                />
                <label htmlFor={id}>{f.label}</label>
              </div>
            </div>
          );
        }
        if (f.kind === "textarea")
          return (
            <TextArea
              key={f.name}
              name={f.name}
              label={f.label}
              hint={f.hint}
              error={errors[f.name]}
              required={f.required}
              maxLength={f.maxLength}
              defaultValue={values[f.name] ?? f.defaultValue}
            />
          );
        const { kind: _kind, defaultValue, ...input } = f;
        return (
          <Field
            key={f.name + (state.submitted ? "-s" : "")}
            {...input}
            error={errors[f.name]}
            defaultValue={f.type === "password" ? undefined : (values[f.name] ?? defaultValue)}
          />
        );
      })}
      <div>
        <Button variant={variant} disabled={pending} aria-disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
