"use server";

import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { currentActor } from "@/lib/auth/current-actor";
import { addNote, addNoteSchema } from "@/lib/campaigns/orga/add-note";
import { deleteNote, deleteNoteSchema } from "@/lib/campaigns/orga/delete-note";

const participantPage = (i: { orgId: string; campaignId: string; participationId: string }, done: string) =>
  `/orga/${i.orgId}/campagnes/${i.campaignId}/resultats/${i.participationId}?fait=${done}#notes`;

export const addNoteAction = validatedAction(addNoteSchema, async (input) => {
  await addNote(await currentActor(), input);
  redirect(participantPage(input, "note-ajoutee"));
});

export const deleteNoteAction = validatedAction(deleteNoteSchema, async (input) => {
  await deleteNote(await currentActor(), input);
  redirect(participantPage(input, "note-supprimee"));
});
