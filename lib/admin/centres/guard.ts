// Shared helpers of the staff services about certification centres.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { certificationCenters } from "@/db/schema";
import { InvalidInput, NotFound } from "@/lib/errors";
import type { z } from "zod";
import { isUuid } from "./schemas";

export type CentreRow = typeof certificationCenters.$inferSelect;

/** The centre, locked for the rest of the transaction; an unknown id is "not found". */
export async function lockCentre(tx: DbOrTx, centreId: string): Promise<CentreRow> {
  if (!isUuid(centreId)) throw new NotFound("Ce centre n'existe pas.");
  const [row] = await tx.select().from(certificationCenters).where(eq(certificationCenters.id, centreId)).for("update");
  if (!row) throw new NotFound("Ce centre n'existe pas.");
  return row;
}

/** Parses with a form schema; errors become field messages (InvalidInput). */
export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "_form")] ??= issue.message;
  throw new InvalidInput(fieldErrors);
}

export function centreSnapshot(c: CentreRow) {
  return { name: c.name, type: c.type, city: c.city, approvedAt: c.approvedAt?.toISOString() ?? null, archivedAt: c.archivedAt?.toISOString() ?? null };
}
