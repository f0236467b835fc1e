import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { campaignParticipations, participationNotes } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { InvalidInput, NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/orga/guard";
import { getOrgCampaign } from "./get-org-campaign";

export const NOTE_MAX = 2000;

const id = (message: string) => z.string({ error: message }).refine(isUuid, message);

/** The "Ajouter une note" form (also parsed again by the service). */
export const addNoteSchema = z.object({
  orgId: id("Cette structure n'existe pas."),
  campaignId: id("Cette campagne n'existe pas."),
  participationId: id("Ce participant n'existe pas."),
  body: z
    .string({ error: "Écrivez votre note avant de l'enregistrer." })
    .trim()
    .min(1, "Écrivez votre note avant de l'enregistrer.")
    .max(NOTE_MAX, `Une note fait au plus ${NOTE_MAX.toLocaleString("fr-FR")} caractères : raccourcissez-la.`),
});

/** zod's parse, as InvalidInput with one French message per field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "_form")] ??= issue.message;
  throw new InvalidInput(fieldErrors);
}

/** The participation, if it belongs to this campaign (already checked to be the organisation's). */
export async function assertParticipationOfCampaign(campaignId: string, participationId: string): Promise<void> {
  if (!isUuid(participationId)) throw new NotFound("Ce participant n'existe pas.");
  const [p] = await getDb()
    .select({ id: campaignParticipations.id })
    .from(campaignParticipations)
    .where(and(eq(campaignParticipations.id, participationId), eq(campaignParticipations.campaignId, campaignId)));
  if (!p) throw new NotFound("Ce participant n'existe pas.");
}

/**
 * An observation note of a member on one participant: private to the organisation (only its
 * members read it, on this participant's page).
 */
export async function addNote(actor: Actor | null, raw: z.input<typeof addNoteSchema>, now = new Date()): Promise<{ noteId: string }> {
  const campaign = await getOrgCampaign(getDb(), actor, String(raw.orgId ?? ""), String(raw.campaignId ?? ""));
  const input = parseOrThrow(addNoteSchema, raw);
  await assertParticipationOfCampaign(campaign.id, input.participationId);
  const [note] = await getDb()
    .insert(participationNotes)
    .values({ participationId: input.participationId, authorId: actor!.userId, body: input.body, createdAt: now })
    .returning({ id: participationNotes.id });
  return { noteId: note!.id };
}
