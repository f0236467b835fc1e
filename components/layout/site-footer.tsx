import Link from "next/link";

const LINKS: [string, string][] = [
  ["/aide", "Aide"],
  ["/mediation-numerique", "Médiation numérique"],
  ["/accessibilite", "Accessibilité : partiellement conforme"],
  ["/mentions-legales", "Mentions légales"],
  ["/donnees-personnelles", "Données personnelles"],
  ["/conditions-generales", "Conditions d'utilisation"],
  ["/plan-du-site", "Plan du site"],
];

export function SiteFooter() {
  return (
    <footer role="contentinfo" className="mt-auto border-t border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {LINKS.map(([href, label]) => (
            <li key={href}>
              <Link href={href}>{label}</Link>
            </li>
          ))}
        </ul>
        <p className="text-muted">Pix – service public en ligne pour évaluer, développer et certifier ses compétences numériques.</p>
      </div>
    </footer>
  );
}
