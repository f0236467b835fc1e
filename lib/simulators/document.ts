// The whole HTML document of a simulator page: no framework, no third-party resource, one
// shared stylesheet (+ the simulator's own), and the gesture script only where the gesture is
// what is measured. Pure.
import { html, type Html } from "./html";
import type { AnySimulator, RenderedPage } from "./types";

export type Notice = { tone: "info" | "error"; text: string };

export function simulatorDocument(sim: AnySimulator, page: RenderedPage, opts: { notice?: Notice; finished: boolean }): string {
  const notice: Html | null = opts.notice
    ? html`<p class="sim-notice sim-notice--${opts.notice.tone}" role="${opts.notice.tone === "error" ? "alert" : "status"}">${opts.notice.text}</p>`
    : null;
  const doc = html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${page.title}</title>
<link rel="stylesheet" href="/simulateurs/base.css">
${sim.stylesheet ? html`<link rel="stylesheet" href="/simulateurs/${sim.stylesheet}">` : null}
</head>
<body class="sim sim-${sim.name}">
${opts.finished ? html`<p class="sim-notice sim-notice--info" role="status">Cette question est terminée : vous pouvez regarder, mais plus rien changer.</p>` : null}
${notice}
${page.body}
${sim.needsJavaScript && !opts.finished ? html`<script src="/simulateurs/gestes.js" defer></script>` : null}
</body>
</html>
`;
  return doc.value;
}
