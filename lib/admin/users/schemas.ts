import { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const userIdSchema = z.string({ error: "Ce compte n'existe pas." }).regex(UUID, "Ce compte n'existe pas.");

/** The word staff type to confirm an anonymisation. */
export const ANONYMISE_WORD = "ANONYMISER";

export const anonymiseUserSchema = z.object({
  userId: userIdSchema,
  confirmation: z
    .string({ error: `Saisissez le mot ${ANONYMISE_WORD} pour confirmer.` })
    .trim()
    .refine((v) => v === ANONYMISE_WORD, `Saisissez le mot ${ANONYMISE_WORD} en majuscules pour confirmer.`),
});
