import type { ComponentProps } from "react";

/** Label, hint and error of a field; the control links them with aria-describedby. */
function FieldText({ id, label, hint, error, required }: { id: string; label: string; hint?: string; error?: string; required?: boolean }) {
  return (
    <>
      <label htmlFor={id} className="font-semibold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-aide`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-erreur`} className="text-sm font-semibold text-danger">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-aide` : "", error ? `${id}-erreur` : ""].filter(Boolean).join(" ") || undefined;
}

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  id?: string;
} & Omit<ComponentProps<"input">, "name" | "id">;

/** A labelled input; hint and error are linked by aria-describedby. */
export function Field({ name, label, hint, error, id, className = "", ...input }: FieldProps) {
  const inputId = id ?? `champ-${name}`;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <FieldText id={inputId} label={label} hint={hint} error={error} required={input.required} />
      <input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        className={`min-h-11 rounded-md border-2 bg-white px-3 py-2 text-base ${error ? "border-danger" : "border-field"}`}
        {...input}
      />
    </div>
  );
}

type TextAreaProps = { name: string; label: string; hint?: string; error?: string } & Omit<ComponentProps<"textarea">, "name" | "id">;

export function TextArea({ name, label, hint, error, ...rest }: TextAreaProps) {
  const id = `champ-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <FieldText id={id} label={label} hint={hint} error={error} required={rest.required} />
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`min-h-24 rounded-md border-2 bg-white px-3 py-2 text-base ${error ? "border-danger" : "border-field"}`}
        {...rest}
      />
    </div>
  );
}
