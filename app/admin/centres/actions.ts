"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { formText } from "@/lib/actions/form-data";
import { validatedAction } from "@/lib/actions/validated-action";
import { addCentreMember } from "@/lib/admin/centres/add-centre-member";
import { approveCentre } from "@/lib/admin/centres/approve-centre";
import { createCentre } from "@/lib/admin/centres/create-centre";
import { removeCentreMember } from "@/lib/admin/centres/remove-centre-member";
import { addCentreMemberSchema, createCentreSchema, updateCentreSchema } from "@/lib/admin/centres/schemas";
import { setCentreArchived } from "@/lib/admin/centres/set-centre-archived";
import { updateCentre } from "@/lib/admin/centres/update-centre";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/errors";

const centrePage = (centreId: string, query: string) => `/admin/centres/${encodeURIComponent(centreId)}?${query}`;

export const createCentreAction = validatedAction(createCentreSchema, async (input) => {
  const { centreId } = await createCentre(getDb(), await currentActor(), input);
  redirect(centrePage(centreId, "fait=cree"));
});

export const updateCentreAction = validatedAction(updateCentreSchema, async ({ centreId, ...input }) => {
  await updateCentre(getDb(), await currentActor(), centreId, input);
  redirect(centrePage(centreId, "fait=modifie"));
});

export const addCentreMemberAction = validatedAction(addCentreMemberSchema, async ({ centreId, email }) => {
  const { added } = await addCentreMember(getDb(), await currentActor(), { centreId, email });
  redirect(centrePage(centreId, added ? "fait=membre-ajoute" : "fait=deja-membre"));
});

/** The one-button forms (approve, archive, remove a member): errors come back in the address. */
async function run(centreId: string, done: string, op: () => Promise<unknown>): Promise<never> {
  try {
    await op();
  } catch (e) {
    if (e instanceof DomainError) redirect(centrePage(centreId, `erreur=${encodeURIComponent(e.userMessage)}`));
    throw e;
  }
  redirect(centrePage(centreId, `fait=${done}`));
}

export async function approveCentreAction(formData: FormData): Promise<void> {
  const centreId = formText(formData, "centreId");
  await run(centreId, "valide", async () => approveCentre(getDb(), await currentActor(), centreId));
}

export async function archiveCentreAction(formData: FormData): Promise<void> {
  const centreId = formText(formData, "centreId");
  const archived = formText(formData, "archived") === "1";
  await run(centreId, archived ? "archive" : "desarchive", async () => setCentreArchived(getDb(), await currentActor(), centreId, archived));
}

export async function removeCentreMemberAction(formData: FormData): Promise<void> {
  const centreId = formText(formData, "centreId");
  await run(centreId, "membre-retire", async () => removeCentreMember(getDb(), await currentActor(), centreId, formText(formData, "membershipId")));
}
