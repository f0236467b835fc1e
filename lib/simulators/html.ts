// A tiny HTML builder for simulator pages: a tagged template that escapes every interpolated
// value unless it is already Html. Simulator pages are plain documents (no framework, no
// client runtime) so that they stay light on old PCs and work without JavaScript. Pure.

const HTML = Symbol("html");

/** Markup that is safe to insert as is. */
export type Html = { readonly [HTML]: true; readonly value: string };

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

function isHtml(v: unknown): v is Html {
  return typeof v === "object" && v !== null && (v as Record<symbol, unknown>)[HTML] === true;
}

/** Escapes text for an element body or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Wraps a string that is known to be safe markup (never call it with user text). */
export function unsafeRaw(value: string): Html {
  return { [HTML]: true, value };
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false || part === true) return "";
  if (Array.isArray(part)) return part.map(render).join("");
  if (isHtml(part)) return part.value;
  return escapeHtml(String(part));
}

/**
 * html`<p>${text}</p>`: strings and numbers are escaped, Html is kept, arrays are joined,
 * null / undefined / booleans render nothing (so `${cond && html`…`}` works).
 */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return unsafeRaw(out);
}

/** Renders a part to a string (the document body, for tests). */
export function toHtmlString(part: Part): string {
  return render(part);
}
