import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { abcPixRequests, organisations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { hitRateLimits } from "@/lib/auth/rate-limit";
import { Conflict, InvalidInput } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { acknowledgementMail, staffNoticeMail } from "./mails";
import { requestReference } from "./rules";
import { accessRequestSchema, fieldErrorsOf } from "./schemas";

const DAY_MS = 24 * 60 * 60_000;
/** Requests a day per contact address and per SIRET: enough to correct a mistake, not to flood. */
export const SUBMIT_LIMIT = { max: 3, windowMs: DAY_MS };

export const PENDING_EXISTS =
  "Une demande pour ce numéro SIRET est déjà en cours d'étude. Vous recevrez notre réponse par e-mail : inutile d'en envoyer une autre.";
export const ALREADY_HAS_ACCESS =
  "Cette structure a déjà accès à ABC Pix. Demandez à un administrateur de votre structure de vous inviter sur Pix Orga.";

/**
 * Anyone (no account needed) asks ABC Pix access for a structure. Limited per contact address
 * and per SIRET (never per IP: a whole EPN shares one). Returns the reference given by e-mail.
 */
export async function submitAccessRequest(
  input: unknown,
  now = new Date(),
  random: (size: number) => Uint8Array = randomBytes,
): Promise<{ id: string; reference: string }> {
  const parsed = accessRequestSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInput(fieldErrorsOf(parsed.error));
  const data = parsed.data;
  const db = getDb();
  await hitRateLimits(
    db,
    [
      { key: `abc-request:email:${data.contactEmail}`, ...SUBMIT_LIMIT },
      { key: `abc-request:siret:${data.siret}`, ...SUBMIT_LIMIT },
    ],
    now,
  );
  const row = await db.transaction(async (tx) => {
    // one request at a time per SIRET, even when two arrive together
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`abc-request:${data.siret}`}))`);
    const [pending] = await tx
      .select({ id: abcPixRequests.id })
      .from(abcPixRequests)
      .where(and(eq(abcPixRequests.siret, data.siret), eq(abcPixRequests.state, "pending")))
      .limit(1);
    if (pending) throw new Conflict(PENDING_EXISTS, "siret");
    const [org] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.siret, data.siret), eq(organisations.hasAbcPixAccess, true)))
      .limit(1);
    if (org) throw new Conflict(ALREADY_HAS_ACCESS, "siret");
    let reference = requestReference(random(6));
    for (let i = 0; i < 5; i += 1) {
      const [taken] = await tx.select({ id: abcPixRequests.id }).from(abcPixRequests).where(eq(abcPixRequests.reference, reference)).limit(1);
      if (!taken) break;
      reference = requestReference(random(6));
    }
    const [inserted] = await tx
      .insert(abcPixRequests)
      .values({
        reference,
        structureName: data.structureName,
        siret: data.siret,
        structureType: data.structureType,
        address: data.address,
        postalCode: data.postalCode,
        city: data.city,
        contactFirstName: data.contactFirstName,
        contactLastName: data.contactLastName,
        contactEmail: data.contactEmail,
        contactPhone: data.contactPhone ?? null,
        contactRole: data.contactRole,
        audiences: data.audiences,
        peoplePerYear: data.peoplePerYear,
        motivation: data.motivation,
        state: "pending",
        createdAt: now,
      })
      .returning();
    await recordAudit(
      tx,
      { actorId: null, action: "abc_pix_request.submitted", targetType: "abc_pix_request", targetId: inserted!.id, after: { state: "pending", reference } },
      now,
    );
    return inserted!;
  });
  await sendMail(acknowledgementMail(row));
  await sendMail(staffNoticeMail(row));
  return { id: row.id, reference: row.reference };
}
