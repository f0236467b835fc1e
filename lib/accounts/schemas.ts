import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password-rules";

/** One zod schema per form, shared by the server action and the page. */

const name = (label: string) =>
  z
    .string({ error: `Saisissez votre ${label}.` })
    .trim()
    .min(1, `Saisissez votre ${label}.`)
    .max(100, `Votre ${label} ne peut pas dépasser 100 caractères.`)
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), `Votre ${label} contient des caractères non autorisés.`);

export const emailSchema = z
  .string({ error: "Saisissez votre adresse e-mail." })
  .trim()
  .min(1, "Saisissez votre adresse e-mail.")
  .max(254, "L'adresse e-mail est trop longue.")
  .pipe(z.email({ error: "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr." }))
  .transform((v) => v.toLowerCase());

export const signUpSchema = z.object({
  firstName: name("prénom"),
  lastName: name("nom"),
  email: emailSchema,
  password: passwordSchema,
  terms: z.literal("on", { error: "Vous devez accepter les conditions d'utilisation pour créer un compte." }),
});

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Saisissez votre mot de passe." }).min(1, "Saisissez votre mot de passe.").max(200, "Le mot de passe est trop long."),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "Ce lien n'est pas valide."),
  password: passwordSchema,
});

export const updateNameSchema = z.object({ firstName: name("prénom"), lastName: name("nom") });

export const updateEmailSchema = z.object({
  email: emailSchema,
  currentPassword: z.string().min(1, "Saisissez votre mot de passe actuel.").max(200),
});

export const updatePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Saisissez votre mot de passe actuel.").max(200),
  newPassword: passwordSchema,
});

export const deleteAccountSchema = z.object({
  currentPassword: z.string().min(1, "Saisissez votre mot de passe pour confirmer.").max(200),
  confirm: z.literal("on", { error: "Cochez la case pour confirmer la suppression." }),
});
