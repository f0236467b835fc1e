import Link from "next/link";
import { logoutAction } from "@/app/actions/session";
import type { Actor } from "@/lib/auth/actor";
import { hasCenter } from "@/lib/certification/sessions/has-center";
import { hasOrganisation } from "@/lib/orga/has-organisation";

function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <li>
      <Link href={href} className="block rounded px-3 py-2 font-semibold text-ink no-underline hover:bg-primary-light">
        {children}
      </Link>
    </li>
  );
}

/** Header like pix.fr: logo, main links, and the user's name with a menu (a disclosure that needs no JavaScript). */
export async function SiteHeader({ actor }: { actor: Actor | null }) {
  const registered = actor && !actor.isAnonymous;
  // members of a structure get a link to Pix Orga (one indexed lookup)
  const orgaMember = registered ? await hasOrganisation(actor) : false;
  // centre staff get a link to Pix Certif (one indexed lookup)
  const centerMember = registered ? await hasCenter(actor) : false;
  return (
    <header role="banner" className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={registered ? "/accueil" : "/"} className="flex items-center gap-2 text-2xl font-extrabold text-primary no-underline">
          <svg aria-hidden="true" width="36" height="36" viewBox="0 0 36 36">
            <path d="M18 2 L32 10 L32 26 L18 34 L4 26 L4 10 Z" fill="#2a44c9" />
            <text x="18" y="23" textAnchor="middle" fontSize="13" fontWeight="700" fill="#fff">Pix</text>
          </svg>
          <span>Pix</span>
          <span className="sr-only"> – retour à l&apos;accueil</span>
        </Link>
        <nav aria-label="Menu principal">
          <ul className="flex flex-wrap items-center gap-1">
            {registered ? (
              <>
                <NavLink href="/accueil">Accueil</NavLink>
                <NavLink href="/profil">Profil</NavLink>
                <NavLink href="/parcours">Parcours</NavLink>
                <NavLink href="/tutoriels">Tutoriels</NavLink>
                <NavLink href="/certifications">Certifications</NavLink>
              </>
            ) : null}
            <NavLink href="/aide">Aide</NavLink>
          </ul>
        </nav>
        {registered ? (
          <details className="relative">
            <summary className="cursor-pointer list-none rounded-lg border-2 border-line px-3 py-2 font-semibold">
              {actor.firstName} {actor.lastName}
              <span aria-hidden="true"> ▾</span>
              <span className="sr-only"> – menu du compte</span>
            </summary>
            <ul className="absolute right-0 z-20 mt-2 w-60 rounded-lg border border-line bg-white p-2 shadow-lg">
              <li>
                <Link href="/mon-compte" className="block rounded px-3 py-2 no-underline hover:bg-primary-light">
                  Mon compte
                </Link>
              </li>
              {orgaMember ? (
                <li>
                  <Link href="/orga" className="block rounded px-3 py-2 no-underline hover:bg-primary-light">
                    Pix Orga
                  </Link>
                </li>
              ) : null}
              {centerMember ? (
                <li>
                  <Link href="/certif" className="block rounded px-3 py-2 no-underline hover:bg-primary-light">
                    Pix Certif
                  </Link>
                </li>
              ) : null}
              {actor.role === "admin" ? (
                <li>
                  <Link href="/admin" className="block rounded px-3 py-2 no-underline hover:bg-primary-light">
                    Administration
                  </Link>
                </li>
              ) : null}
              <li>
                <form action={logoutAction}>
                  <button type="submit" className="w-full rounded px-3 py-2 text-left text-primary underline hover:bg-primary-light">
                    Se déconnecter
                  </button>
                </form>
              </li>
            </ul>
          </details>
        ) : (
          <div className="flex flex-wrap gap-2">
            <Link href="/connexion" className="rounded-lg border-2 border-primary px-4 py-2 font-semibold no-underline">
              Se connecter
            </Link>
            <Link href="/inscription" className="rounded-lg bg-primary px-4 py-2 font-semibold text-white no-underline">
              Créer un compte
            </Link>
          </div>
        )}
      </div>
    </header>
  );
}
