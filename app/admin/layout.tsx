import type { ReactNode } from "react";
import Link from "next/link";
import { currentActor } from "@/lib/auth/current-actor";

const LINKS: [string, string][] = [
  ["/admin", "Tableau de bord"],
  ["/admin/demandes-abc-pix", "Demandes ABC Pix"],
  ["/admin/organisations", "Organisations"],
  ["/admin/utilisateurs", "Utilisateurs"],
  ["/admin/centres", "Centres de certification"],
  ["/admin/certification", "Sessions à publier"],
  ["/admin/certificats", "Certificats"],
  ["/admin/contenu/signalements", "Signalements"],
  ["/admin/contenu/epreuves", "Qualité des épreuves"],
  ["/admin/tutoriels", "Tutoriels proposés"],
  ["/admin/messages", "Messages"],
  ["/admin/journal", "Journal"],
  ["/admin/apercu", "Essayer une épreuve"],
  ["/admin/boite-d-envoi", "Boîte d'envoi"],
];

/** The staff navigation, shown to platform staff only; each page and service checks the role itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (actor?.role !== "admin") return children;
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Administration" className="rounded-lg bg-white p-3">
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          {LINKS.map(([href, label]) => (
            <li key={href}>
              <Link href={href}>{label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
