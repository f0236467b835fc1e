"use server";

import { redirect, unstable_rethrow } from "next/navigation";
import { errorParam } from "@/lib/actions/error-param";
import { formText } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { errorToFormState } from "@/lib/actions/validated-action";
import { addOrganisationMember } from "@/lib/admin/organisations/add-member";
import { archiveOrganisation } from "@/lib/admin/organisations/archive-organisation";
import { createOrganisation } from "@/lib/admin/organisations/create-organisation";
import { updateOrganisation } from "@/lib/admin/organisations/update-organisation";
import { currentActor } from "@/lib/auth/current-actor";

const detailPath = (id: string, done: string) => `/admin/organisations/${encodeURIComponent(id)}?fait=${done}`;

/** The create/edit form as the services take it (ticked profiles are several values of one name). */
function organisationForm(formData: FormData) {
  return {
    name: formText(formData, "name"),
    type: formText(formData, "type"),
    siret: formText(formData, "siret"),
    hasAbcPixAccess: formText(formData, "hasAbcPixAccess") === "on",
    profiles: formText(formData, "profiles") === "some" ? ("some" as const) : ("all" as const),
    targetProfileIds: formData.getAll("targetProfileIds").filter((v): v is string => typeof v === "string"),
  };
}

/** What the form shows again after an error (the ticked profiles joined by commas). */
function echo(formData: FormData): Record<string, string> {
  const f = organisationForm(formData);
  return { name: f.name, type: f.type, siret: f.siret, hasAbcPixAccess: f.hasAbcPixAccess ? "on" : "", profiles: f.profiles, targetProfileIds: f.targetProfileIds.join(",") };
}

export async function createOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let id: string;
  try {
    ({ organisationId: id } = await createOrganisation(await currentActor(), organisationForm(formData), new Date()));
  } catch (e) {
    unstable_rethrow(e);
    return errorToFormState(e, echo(formData));
  }
  redirect(detailPath(id, "creee"));
}

export async function updateOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = formText(formData, "orgId");
  try {
    await updateOrganisation(await currentActor(), id, organisationForm(formData), new Date());
  } catch (e) {
    unstable_rethrow(e);
    return errorToFormState(e, echo(formData));
  }
  redirect(detailPath(id, "modifiee"));
}

export async function addMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const orgId = formText(formData, "orgId");
  const values = { email: formText(formData, "email"), role: formText(formData, "role") };
  let kind: string;
  try {
    ({ kind } = await addOrganisationMember(await currentActor(), { orgId, email: values.email, role: values.role as "ADMIN" | "MEMBER" }, new Date()));
  } catch (e) {
    unstable_rethrow(e);
    return errorToFormState(e, values);
  }
  redirect(detailPath(orgId, kind === "member" ? "membre" : "invitation"));
}

export async function archiveOrganisationAction(formData: FormData): Promise<void> {
  const id = formText(formData, "orgId");
  const archived = formText(formData, "archived") === "oui";
  try {
    await archiveOrganisation(await currentActor(), id, archived, new Date());
  } catch (e) {
    unstable_rethrow(e);
    redirect(`/admin/organisations/${encodeURIComponent(id)}?erreur=${errorParam(e, "admin-archive-organisation")}`);
  }
  redirect(detailPath(id, archived ? "archivee" : "reactivee"));
}
