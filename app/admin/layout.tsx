import type { ReactNode } from "react";
import Link from "next/link";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { assertAdmin } from "@/lib/auth/actor";
import { notFound } from "next/navigation";

/** Platform staff only; everyone else gets a plain 404 (nothing tells them the page exists). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireActorOrLogin("/admin");
  try {
    assertAdmin(actor);
  } catch {
    notFound();
  }
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Administration" className="rounded-lg bg-white p-3">
        <ul className="flex flex-wrap gap-4">
          <li><Link href="/admin">Tableau de bord</Link></li>
          <li><Link href="/admin/boite-d-envoi">Boîte d&apos;envoi</Link></li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
