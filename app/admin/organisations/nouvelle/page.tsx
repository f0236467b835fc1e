import type { Metadata } from "next";
import Link from "next/link";
import { generalTargetProfiles } from "@/lib/admin/organisations/general-profiles";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { ORGANISATION_TYPE_LABELS } from "@/lib/orga/labels";
import { createOrganisationAction } from "../actions";
import { OrganisationForm } from "../organisation-form";

export const metadata: Metadata = { title: "Créer une organisation – Administration" };

export default async function NewOrganisationPage() {
  await requireAdminOrNotFound("/admin/organisations/nouvelle");
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p>
        <Link href="/admin/organisations">Retour à la liste des organisations</Link>
      </p>
      <h1 className="text-3xl">Créer une organisation</h1>
      <p>Les champs marqués d&apos;une étoile (*) sont obligatoires.</p>
      <OrganisationForm
        action={createOrganisationAction}
        defaults={{ name: "", type: "", siret: "", hasAbcPixAccess: false, targetProfileIds: null }}
        types={Object.entries(ORGANISATION_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
        profiles={generalTargetProfiles().map((p) => ({ id: p.id, name: p.name }))}
        submitLabel="Créer l'organisation"
      />
    </div>
  );
}
