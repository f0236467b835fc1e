// Pages answered by proxy.ts before the app runs (the request never reaches a React page):
// plain French HTML that works without JavaScript and without the site's stylesheet. Pure.

export type ServicePage = { status: number; title: string; lines: string[]; headers?: Record<string, string> };

// text content only (never an attribute): &, < and > are enough
const escapeHtml = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export function servicePageHtml(page: ServicePage): string {
  const paragraphs = page.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("\n");
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} – Pix</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.125rem;line-height:1.5;color:#1b1f2a;background:#f5f6fa;margin:0}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.75rem;line-height:1.25}
a{color:#1d3296}
a:focus{outline:3px solid #1d3296;outline-offset:2px}
</style>
</head>
<body>
<main>
<p><strong>Pix</strong></p>
<h1>${escapeHtml(page.title)}</h1>
${paragraphs}
<p><a href="/">Revenir à l'accueil</a></p>
</main>
</body>
</html>
`;
}

export const UNAVAILABLE: ServicePage = {
  status: 503,
  title: "Service momentanément indisponible",
  lines: [
    "Pix ne peut pas répondre pour le moment. Nous faisons le nécessaire.",
    "Vos réponses déjà envoyées sont enregistrées.",
    "Patientez une minute, puis rechargez la page (touche F5).",
  ],
  headers: { "retry-after": "30" },
};

export function tooLarge(limitLabel: string): ServicePage {
  return {
    status: 413,
    title: "Envoi trop volumineux",
    lines: [
      `Ce que vous avez envoyé dépasse ${limitLabel}. Rien n'a été enregistré.`,
      "Revenez à la page précédente et envoyez un texte plus court ou un fichier plus petit.",
    ],
  };
}

export const UNREADABLE: ServicePage = {
  status: 400,
  title: "Envoi illisible",
  lines: ["Le formulaire reçu est incomplet ou abîmé. Rien n'a été enregistré.", "Revenez à la page précédente et envoyez-le à nouveau."],
};

export const BAD_ADDRESS: ServicePage = {
  status: 404,
  title: "Page introuvable",
  lines: ["Cette adresse contient des caractères qui ne sont pas valides. Vérifiez-la, ou partez de la page d'accueil."],
};
