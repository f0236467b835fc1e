import Link from "next/link";

export function SiteFooter() {
  return (
    <footer role="contentinfo" className="mt-auto border-t border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li><Link href="/accessibilite">Accessibilité : partiellement conforme</Link></li>
          <li><Link href="/mentions-legales">Mentions légales</Link></li>
          <li><Link href="/donnees-personnelles">Données personnelles</Link></li>
          <li><Link href="/conditions-generales">Conditions d&apos;utilisation</Link></li>
          <li><Link href="/plan-du-site">Plan du site</Link></li>
        </ul>
        <p className="text-muted">Pix – service public en ligne pour évaluer, développer et certifier ses compétences numériques.</p>
      </div>
    </footer>
  );
}
