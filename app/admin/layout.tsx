import type { ReactNode } from "react";
import Link from "next/link";
import { currentActor } from "@/lib/auth/current-actor";

/** The staff navigation, shown to platform staff only; each page checks the role itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (actor?.role !== "admin") return children;
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Administration" className="rounded-lg bg-white p-3">
        <ul className="flex flex-wrap gap-4">
          <li><Link href="/admin">Tableau de bord</Link></li>
          <li><Link href="/admin/boite-d-envoi">Boîte d&apos;envoi</Link></li>
          <li><Link href="/admin/certification">Certifications à publier</Link></li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
