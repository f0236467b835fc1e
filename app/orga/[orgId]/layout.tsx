import type { ReactNode } from "react";
import Link from "next/link";
import { currentActor } from "@/lib/auth/current-actor";
import { NotAllowed, NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { getOrganisation, type OrganisationShell } from "@/lib/orga/get-organisation";

type Props = { children: ReactNode; params: Promise<{ orgId: string }> };

function NavItem({ href, children }: { href: string; children: ReactNode }) {
  return (
    <li>
      <Link href={href} className="block rounded px-3 py-2 font-semibold text-ink no-underline hover:bg-primary-light">
        {children}
      </Link>
    </li>
  );
}

/**
 * The Pix Orga shell: the organisation's name and type, and its navigation. Members only: anyone
 * else gets the 404 page (nothing said about the organisation); a logged-out visitor gets the
 * login page from the page itself. Each page checks membership again through its own service.
 */
export default async function OrgaLayout({ children, params }: Props) {
  const { orgId } = await params;
  const actor = await currentActor();
  // logged out: the page itself sends to the login page, with a return to that very page
  // (every page under /orga/<id> calls requireActorOrLogin, and its services check membership)
  if (!actor || actor.isAnonymous) return children;
  let org: OrganisationShell;
  try {
    org = await getOrganisation(actor, orgId);
  } catch (e) {
    if (e instanceof NotAllowed || e instanceof NotFound) pageNotFound();
    throw e;
  }
  const base = `/orga/${org.id}`;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3 rounded-xl border border-line bg-white p-4">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-muted">Pix Orga</p>
          <p className="text-2xl font-bold">{org.name}</p>
          <p className="text-sm text-muted">
            {org.typeLabel}
            {org.hasAbcPixAccess ? " · accès ABC Pix" : ""} · vous êtes {org.myRoleLabel.toLowerCase()}
          </p>
        </div>
        <nav aria-label="Pix Orga">
          <ul className="flex flex-wrap gap-1">
            <NavItem href={base}>Campagnes</NavItem>
            <NavItem href={`${base}/membres`}>Membres</NavItem>
            <NavItem href={`${base}/diagnostic`}>Retrouver un diagnostic</NavItem>
            {org.myOrganisationCount > 1 ? <NavItem href="/orga">Changer de structure</NavItem> : null}
          </ul>
        </nav>
      </div>
      {children}
    </div>
  );
}
