import type { ComponentProps } from "react";

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
  const hintId = hint ? `${inputId}-aide` : undefined;
  const errorId = error ? `${inputId}-erreur` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={inputId} className="font-semibold">
        {label}
        {input.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-semibold text-danger">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`min-h-11 rounded-md border-2 bg-white px-3 py-2 text-base ${error ? "border-danger" : "border-field"}`}
        {...input}
      />
    </div>
  );
}

type TextAreaProps = { name: string; label: string; hint?: string; error?: string } & Omit<ComponentProps<"textarea">, "name" | "id">;

export function TextArea({ name, label, hint, error, ...rest }: TextAreaProps) {
  const id = `champ-${name}`;
  const describedBy = [hint ? `${id}-aide` : "", error ? `${id}-erreur` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
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
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`min-h-24 rounded-md border-2 bg-white px-3 py-2 text-base ${error ? "border-danger" : "border-field"}`}
        {...rest}
      />
    </div>
  );
}
