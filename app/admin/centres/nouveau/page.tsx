import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { createCentreAction } from "../actions";
import { CentreForm } from "../centre-form";

export const metadata: Metadata = { title: "Créer un centre de certification – Administration" };

export default async function NewCentrePage() {
  await requireAdminOrNotFound("/admin/centres/nouveau");
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/centres">Centres de certification</Link>
      </p>
      <h1 className="text-3xl">Créer un centre de certification</h1>
      <p>Le centre est créé « à valider » : il ne pourra organiser de sessions qu&apos;une fois validé. Tous les champs sont obligatoires.</p>
      <div className="rounded-lg bg-white p-6">
        <CentreForm action={createCentreAction} submitLabel="Créer le centre" />
      </div>
    </div>
  );
}
