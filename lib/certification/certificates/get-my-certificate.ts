// One of the learner's own certificates, once published and validated (anything else: not found).
// A certificate cancelled by staff is returned with cancelledAt set and without score: the page says so.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { certificationCourses } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { toCertificateView, type CertificateView } from "./certificate-view";
import { certificateQuery } from "./queries";

export async function getMyCertificate(db: DbOrTx, actor: Actor | null, courseId: string): Promise<CertificateView> {
  assertRegistered(actor);
  if (!z.uuid().safeParse(courseId).success) throw new NotFound();
  const [row] = await certificateQuery(db).where(and(eq(certificationCourses.id, courseId), eq(certificationCourses.userId, actor.userId)));
  if (!row || row.sessionStatus !== "published" || row.status !== "validated" || !row.verificationCode) throw new NotFound();
  return toCertificateView(row);
}
