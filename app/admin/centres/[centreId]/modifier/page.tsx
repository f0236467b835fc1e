import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getCentre } from "@/lib/admin/centres/get-centre";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { updateCentreAction } from "../../actions";
import { CentreForm } from "../../centre-form";

export const metadata: Metadata = { title: "Modifier un centre de certification – Administration" };

export default async function EditCentrePage({ params }: { params: Promise<{ centreId: string }> }) {
  const { centreId } = await params;
  const actor = await requireAdminOrNotFound(`/admin/centres/${centreId}/modifier`);
  const { centre } = await getCentre(getDb(), actor, centreId).catch((e) => {
    if (e instanceof NotFound) pageNotFound();
    throw e;
  });
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/admin/centres/${centre.id}`}>Retour au centre {centre.name}</Link>
      </p>
      <h1 className="text-3xl">Modifier le centre {centre.name}</h1>
      <div className="rounded-lg bg-white p-6">
        <CentreForm action={updateCentreAction} centreId={centre.id} initial={{ name: centre.name, type: centre.type, city: centre.city ?? "" }} submitLabel="Enregistrer" />
      </div>
    </div>
  );
}
