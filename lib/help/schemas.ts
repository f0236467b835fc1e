import { z } from "zod";
import { emailSchema } from "@/lib/accounts/schemas";

/** The contact form of /aide/contact, shared by the server action and the service. */

export const CONTACT_AUDIENCES = ["apprenant", "mediateur", "centre", "autre"] as const;
export type ContactAudience = (typeof CONTACT_AUDIENCES)[number];

export const CONTACT_TOPICS = ["compte", "test", "campagne", "certification", "accessibilite", "autre"] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

export const CONTACT_AUDIENCE_LABELS: Record<ContactAudience, string> = {
  apprenant: "Apprenant ou apprenante",
  mediateur: "Médiateur, médiatrice ou structure",
  centre: "Centre de certification",
  autre: "Autre",
};

export const CONTACT_TOPIC_LABELS: Record<ContactTopic, string> = {
  compte: "Mon compte, la connexion",
  test: "Un test ou une question",
  campagne: "Une campagne ou Pix Orga",
  certification: "La certification",
  accessibilite: "L'accessibilité",
  autre: "Autre chose",
};

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 5000;

// control characters, except tab and line breaks (which a message may hold)
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const contactMessageSchema = z.object({
  audience: z.enum(CONTACT_AUDIENCES, { error: "Dites-nous qui vous êtes." }),
  topic: z.enum(CONTACT_TOPICS, { error: "Choisissez le sujet de votre message." }),
  name: z
    .string({ error: "Saisissez votre nom." })
    .trim()
    .min(1, "Saisissez votre nom.")
    .max(100, "Votre nom ne peut pas dépasser 100 caractères.")
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "Votre nom contient des caractères non autorisés."),
  email: emailSchema,
  // browsers send line breaks as CRLF while counting them as one character: count them as one too
  message: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : v),
    z
      .string({ error: "Écrivez votre message." })
      .trim()
      .min(1, "Écrivez votre message.")
      .min(MESSAGE_MIN, `Votre message doit contenir au moins ${MESSAGE_MIN} caractères.`)
      .max(MESSAGE_MAX, "Votre message ne peut pas dépasser 5 000 caractères.")
      .refine((v) => !CONTROL.test(v), "Votre message contient des caractères non autorisés."),
  ),
});

export type ContactMessageInput = z.infer<typeof contactMessageSchema>;

/** The filters of the staff page: GET parameters, anything unknown means "all". */
export const contactFilterSchema = z.object({
  audience: z.enum(CONTACT_AUDIENCES).optional().catch(undefined),
  topic: z.enum(CONTACT_TOPICS).optional().catch(undefined),
  etat: z.enum(["a-traiter", "traites"]).optional().catch(undefined),
});

export type ContactFilter = z.infer<typeof contactFilterSchema>;

export const markHandledSchema = z.object({
  messageId: z
    .string({ error: "Ce message n'existe pas." })
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "Ce message n'existe pas."),
});
