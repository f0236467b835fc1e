import type { ReactNode } from "react";

export type Choice = { value: string; label: ReactNode; hint?: string };

/** Radio buttons or checkboxes grouped in a fieldset with its legend. */
export function ChoiceGroup({
  name,
  legend,
  choices,
  type = "radio",
  error,
  hint,
  required,
  defaultValue,
}: {
  name: string;
  legend: ReactNode;
  choices: Choice[];
  type?: "radio" | "checkbox";
  error?: string;
  hint?: string;
  required?: boolean;
  defaultValue?: string | string[];
}) {
  const base = `choix-${name}`;
  const describedBy = [hint ? `${base}-aide` : "", error ? `${base}-erreur` : ""].filter(Boolean).join(" ") || undefined;
  const checked = new Set(Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : []);
  return (
    <fieldset aria-describedby={describedBy} className="flex flex-col gap-2">
      <legend className="mb-2 text-lg font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${base}-aide`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${base}-erreur`} className="text-sm font-semibold text-danger">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      {choices.map((c, i) => {
        const id = `${base}-${i}`;
        return (
          <div key={c.value} className="flex items-start gap-3 rounded-md border-2 border-field bg-white p-3 has-[:checked]:border-primary">
            <input
              id={id}
              type={type}
              name={name}
              value={c.value}
              defaultChecked={checked.has(c.value)}
              required={type === "radio" ? required : undefined}
              className="mt-1 size-5 shrink-0"
            />
            <label htmlFor={id} className="flex-1">
              {c.label}
              {c.hint ? <span className="block text-sm text-muted">{c.hint}</span> : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
