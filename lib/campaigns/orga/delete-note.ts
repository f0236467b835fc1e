import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { participationNotes } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { NotAllowed, NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/orga/guard";
import { assertParticipationOfCampaign, parseOrThrow } from "./add-note";
import { getOrgCampaign } from "./get-org-campaign";

const id = (message: string) => z.string({ error: message }).refine(isUuid, message);

export const deleteNoteSchema = z.object({
  orgId: id("Cette structure n'existe pas."),
  campaignId: id("Cette campagne n'existe pas."),
  participationId: id("Ce participant n'existe pas."),
  noteId: id("Cette note n'existe pas."),
});

/** Deletes one of the actor's own notes on a participant of the organisation's campaign. */
export async function deleteNote(actor: Actor | null, raw: z.input<typeof deleteNoteSchema>): Promise<void> {
  const campaign = await getOrgCampaign(getDb(), actor, String(raw.orgId ?? ""), String(raw.campaignId ?? ""));
  const input = parseOrThrow(deleteNoteSchema, raw);
  await assertParticipationOfCampaign(campaign.id, input.participationId);
  const [note] = await getDb()
    .select({ authorId: participationNotes.authorId })
    .from(participationNotes)
    .where(and(eq(participationNotes.id, input.noteId), eq(participationNotes.participationId, input.participationId)));
  if (!note) throw new NotFound("Cette note n'existe pas.");
  if (note.authorId !== actor!.userId) throw new NotAllowed("Vous ne pouvez supprimer que vos propres notes.");
  await getDb()
    .delete(participationNotes)
    .where(and(eq(participationNotes.id, input.noteId), eq(participationNotes.authorId, actor!.userId)));
}
