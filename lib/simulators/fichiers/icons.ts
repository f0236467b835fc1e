// The explorer's icons, drawn once per page as inline SVG symbols and reused: a yellow folder,
// a sheet of paper with a coloured band for each kind of file, the computer and the bin. Pure.
import { html, type Html } from "../html";
import type { IconKind } from "./names";

export const ICON_DEFS: Html = html`<svg class="fx-defs" aria-hidden="true" focusable="false" width="0" height="0">
<symbol id="fx-i-folder" viewBox="0 0 24 24"><path d="M2 6.5A1.5 1.5 0 0 1 3.5 5h5l2 2h10A1.5 1.5 0 0 1 22 8.5v10a1.5 1.5 0 0 1-1.5 1.5h-17A1.5 1.5 0 0 1 2 18.5z" fill="#f2c744" stroke="#8a6a00" stroke-width="1.2"/><path d="M2 9.5h20" stroke="#8a6a00" stroke-width="1"/></symbol>
<symbol id="fx-i-page" viewBox="0 0 24 24"><path d="M5.5 2.5h9l4 4v15h-13z" fill="#fff" stroke="#5b5e68" stroke-width="1.2"/><path d="M14.5 2.5v4h4" fill="none" stroke="#5b5e68" stroke-width="1.2"/></symbol>
<symbol id="fx-i-pc" viewBox="0 0 24 24"><rect x="2.5" y="4" width="19" height="12" rx="1.5" fill="#d7e6fa" stroke="#0b4fad" stroke-width="1.2"/><path d="M9 20h6M12 16v4" stroke="#0b4fad" stroke-width="1.4"/></symbol>
<symbol id="fx-i-trash" viewBox="0 0 24 24"><path d="M6 7h12l-1 14H7z" fill="#e4e7ee" stroke="#3a3d46" stroke-width="1.2"/><path d="M4 7h16M9.5 4h5M10 10v8M14 10v8" stroke="#3a3d46" stroke-width="1.2"/></symbol>
</svg>`;

function symbolRef(symbol: string): Html {
  return html`<use href="#fx-i-${symbol}"/>`;
}

/** A decorative icon (the name next to it says everything). */
export function icon(kind: IconKind | "pc" | "trash"): Html {
  const body =
    kind === "folder" || kind === "pc" || kind === "trash"
      ? symbolRef(kind)
      : html`${symbolRef("page")}<rect x="7" y="12.5" width="10" height="5" rx="1" class="fx-k-${kind}"/>`;
  return html`<svg class="fx-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">${body}</svg>`;
}
