import path from "node:path";
import { z } from "zod";

/** The environment, parsed once: a bad value fails loudly at start. */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL doit commencer par postgres:// ou postgresql://")
    .optional(),
  /** PGlite data folder (used when DATABASE_URL is absent); "memory://" for tests */
  PGLITE_DIR: z.string().default(path.join(process.cwd(), ".data", "pglite")),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET doit contenir au moins 32 caractères").optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL doit commencer par smtp:// ou smtps://").optional(),
  MAIL_FROM: z.string().default("Pix <ne-pas-repondre@pix.local>"),
  /** where the platform staff receive contact messages and new ABC Pix access requests */
  SUPPORT_EMAIL: z.string().email("SUPPORT_EMAIL doit être une adresse e-mail").default("support@pix.local"),
  OUTBOX_DIR: z.string().default(path.join(process.cwd(), ".data", "outbox")),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** public address of the app, used in e-mails */
  APP_URL: z.string().url().optional(),
  MAX_REACHABLE_LEVEL: z.coerce.number().int().min(1).max(8).default(5),
  /** days an anonymous participant's data is kept when they did not create an account */
  ANONYMOUS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const raw = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
      throw new Error(`Configuration invalide :\n${lines.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function appUrl(): string {
  return env().APP_URL ?? `http://localhost:${env().PORT}`;
}
