// The learner's certifications, newest first.
import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { certificationCourses, certificationSessions } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { certificateQuery } from "./queries";

export type MyCertification = {
  courseId: string;
  sessionDate: string;
  centerName: string;
  /** "pending": not published yet; "validated"; "rejected"; "cancelled" by platform staff */
  status: "pending" | "validated" | "rejected" | "cancelled";
  pixScore: number | null;
};

export async function listMyCertifications(db: DbOrTx, actor: Actor | null): Promise<MyCertification[]> {
  assertRegistered(actor);
  const rows = await certificateQuery(db).where(eq(certificationCourses.userId, actor.userId)).orderBy(desc(certificationSessions.date), desc(certificationCourses.createdAt));
  return rows.map((r) => {
    const published = r.sessionStatus === "published";
    const status: MyCertification["status"] = !published ? "pending" : r.cancelledAt ? "cancelled" : r.status === "validated" ? "validated" : "rejected";
    return { courseId: r.courseId, sessionDate: r.sessionDate, centerName: r.centerName, status, pixScore: status === "validated" ? r.pixScore : null };
  });
}

export function certificationStatusLabel(c: Pick<MyCertification, "status" | "pixScore">): string {
  if (c.status === "pending") return "En attente de publication";
  if (c.status === "validated") return `Validée : ${c.pixScore ?? 0} Pix`;
  if (c.status === "cancelled") return "Annulée par Pix";
  return "Rejetée";
}
