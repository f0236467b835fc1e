import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminHomePage() {
  await requireAdminOrNotFound("/admin");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl">Administration de Pix</h1>
      <Card>
        <h2 className="mb-2 text-xl">Essayer une épreuve</h2>
        <p className="mb-3">Répondre à une épreuve, simulateurs compris, comme un apprenant, sans rien changer à aucun profil.</p>
        <Link href="/admin/apercu">Essayer une épreuve</Link>
      </Card>
      <Card>
        <h2 className="mb-2 text-xl">Boîte d&apos;envoi</h2>
        <p className="mb-3">Les e-mails écrits par la plateforme quand aucun serveur SMTP n&apos;est configuré.</p>
        <Link href="/admin/boite-d-envoi">Voir les e-mails</Link>
      </Card>
      <Card>
        <h2 className="mb-2 text-xl">Certifications à publier</h2>
        <p className="mb-3">Les sessions de certification finalisées par les centres : vérifier les résultats, puis les publier.</p>
        <Link href="/admin/certification">Voir les sessions à publier</Link>
      </Card>
    </div>
  );
}
