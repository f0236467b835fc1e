// A minimal page for the frame when no simulator can be shown (not found, logged out). Pure.
import { html } from "./html";

export function simpleDocument(title: string, message: string): string {
  return html`<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/simulateurs/base.css"></head>
<body><main><h1>${title}</h1><p>${message}</p></main></body>
</html>
`.value;
}
