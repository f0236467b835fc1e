// The HTML of each kind of field of the simulated form: label, hint, error message next to the
// field (linked with aria-describedby), and the value kept from the last post. Pure.
import { html, type Html } from "../html";
import type { Field } from "./schemas";

export type FieldView = { field: Field; inputs: Record<string, string>; error: string | undefined; disabled: boolean };

/** The id a link of the error summary points to. */
export function fieldAnchor(field: Field): string {
  if (field.type === "date") return `f-${field.key}-jour`;
  if (field.type === "radio") return `f-${field.key}-1`;
  return `f-${field.key}`;
}

function mark(field: Field): Html | null {
  return field.required ? html` <span class="dem-req" aria-hidden="true">*</span>` : html` <span class="dem-optional">(facultatif)</span>`;
}

function describedBy(field: Field, error: string | undefined): string | null {
  const ids = [field.hint ? `f-${field.key}-hint` : null, error ? `f-${field.key}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : null;
}

function hintAndError(field: Field, error: string | undefined): Html {
  return html`${field.hint ? html`<p class="sim-hint" id="f-${field.key}-hint">${field.hint}</p>` : null}${
    error ? html`<p class="sim-error" id="f-${field.key}-error"><span class="visually-hidden">Erreur : </span>${error}</p>` : null
  }`;
}

/** Optional attributes, written only when they have a value. */
function attrs(list: Record<string, string | null | undefined | boolean>): Html {
  return html`${Object.entries(list).map(([k, v]) => (v === true ? html` ${k}` : v ? html` ${k}="${v}"` : null))}`;
}

const INPUT_TYPE: Partial<Record<Field["type"], string>> = { text: "text", email: "email", tel: "tel", postcode: "text" };

export function renderField({ field, inputs, error, disabled }: FieldView): Html {
  const id = `f-${field.key}`;
  const name = `f_${field.key}`;
  const value = inputs[field.key] ?? "";
  const common = attrs({
    "aria-describedby": describedBy(field, error),
    "aria-invalid": error ? "true" : null,
    "aria-required": field.required ? "true" : null,
    disabled,
  });
  const cls = error ? "sim-field sim-field--error" : "sim-field";

  switch (field.type) {
    case "text":
    case "email":
    case "tel":
    case "postcode":
      return html`<div class="${cls}${field.type === "postcode" ? " dem-field--short" : ""}">
<label for="${id}">${field.label}${mark(field)}</label>
${hintAndError(field, error)}
<input id="${id}" name="${name}" type="${INPUT_TYPE[field.type]!}" value="${value}"${attrs({
        autocomplete: field.autocomplete ?? null,
        inputmode: field.type === "postcode" ? "numeric" : null,
        spellcheck: field.type === "email" ? "false" : null,
      })}${common}>
</div>`;

    case "textarea":
      return html`<div class="${cls}">
<label for="${id}">${field.label}${mark(field)}</label>
${hintAndError(field, error)}
<textarea id="${id}" name="${name}" rows="5"${common}>${value}</textarea>
</div>`;

    case "select":
      return html`<div class="${cls}">
<label for="${id}">${field.label}${mark(field)}</label>
${hintAndError(field, error)}
<select id="${id}" name="${name}"${common}>
<option value=""${value === "" ? html` selected` : null}>Choisissez dans la liste</option>
${(field.options ?? []).map((o) => html`<option value="${o.value}"${o.value === value ? html` selected` : null}>${o.label}</option>`)}
</select>
</div>`;

    case "radio":
      return html`<fieldset class="sim-fieldset dem-choices${error ? " dem-choices--error" : ""}"${attrs({ "aria-describedby": describedBy(field, error) })}>
<legend class="sim-legend">${field.label}${mark(field)}</legend>
${hintAndError(field, error)}
${(field.options ?? []).map((o, i) => {
        const oid = `${id}-${i + 1}`;
        return html`<div class="sim-choice dem-choice">
<input type="radio" id="${oid}" name="${name}" value="${o.value}"${o.value === value ? html` checked` : null}${attrs({
          "aria-describedby": o.detail ? `${oid}-detail` : null,
          "aria-invalid": error ? "true" : null,
          disabled,
        })}>
<label for="${oid}">${o.label}${o.detail ? html`<span class="dem-choice__detail" id="${oid}-detail">${o.detail}</span>` : null}</label>
</div>`;
      })}
</fieldset>`;

    case "checkbox":
      return html`<div class="${cls} dem-checkbox">
${error ? html`<p class="sim-error" id="f-${field.key}-error"><span class="visually-hidden">Erreur : </span>${error}</p>` : null}
<div class="sim-choice">
<input type="checkbox" id="${id}" name="${name}" value="oui"${value === "oui" ? html` checked` : null}${common}>
<label for="${id}">${field.label}${mark(field)}</label>
</div>
${field.hint ? html`<p class="sim-hint dem-checkbox__hint" id="f-${field.key}-hint">${field.hint}</p>` : null}
</div>`;

    case "date": {
      const part = (p: "jour" | "mois" | "annee", label: string, size: string) =>
        html`<div class="dem-date__part dem-date__part--${p}">
<label for="${id}-${p}">${label}</label>
<input id="${id}-${p}" name="${name}__${p}" type="text" inputmode="numeric" value="${inputs[`${field.key}__${p}`] ?? ""}" size="${size}"${attrs({
          autocomplete: field.autocomplete ? `${field.autocomplete}-${p === "jour" ? "day" : p === "mois" ? "month" : "year"}` : null,
        })}${common}>
</div>`;
      return html`<fieldset class="sim-fieldset dem-date${error ? " dem-date--error" : ""}"${attrs({ "aria-describedby": describedBy(field, error) })}>
<legend class="sim-legend">${field.label}${mark(field)}</legend>
${hintAndError(field, error)}
<div class="dem-date__parts">${part("jour", "Jour", "2")}${part("mois", "Mois", "2")}${part("annee", "Année", "4")}</div>
</fieldset>`;
    }
  }
}
