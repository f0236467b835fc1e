import fs from "node:fs";
import path from "node:path";
import { centerMemberships, certificationCenters, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { parseEml } from "@/lib/mail/list-outbox";
import { getDb, uniqueEmail } from "../support/db";

let seq = 0;
/** A fresh SIRET with a valid Luhn checksum (never La Poste's SIREN), unique within the run. */
export function newSiret(): string {
  seq += 1;
  const body = `7${String(process.pid % 100000).padStart(5, "0")}${String(Date.now() % 1000).padStart(3, "0")}${String(seq).padStart(4, "0")}`;
  for (let d = 0; d <= 9; d += 1) {
    const s = body + d;
    let sum = 0;
    for (let i = 0; i < s.length; i += 1) {
      let x = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) {
        x *= 2;
        if (x > 9) x -= 9;
      }
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error("unreachable");
}

/** What the public form posts, valid unless changed. */
export function validForm(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    structureName: "Espace numérique des Lilas",
    siret: newSiret(),
    structureType: "mediation",
    address: "3 rue des Lilas",
    postalCode: "69003",
    city: "Lyon",
    contactFirstName: "Inès",
    contactLastName: "Martin",
    contactEmail: uniqueEmail("contact"),
    contactPhone: "04 72 00 00 00",
    contactRole: "Conseillère numérique",
    audiences: ["seniors", "demandeurs-emploi"],
    peoplePerYear: "50-200",
    motivation: "Nous accompagnons chaque semaine des seniors et des demandeurs d'emploi vers le numérique.",
    consent: "on",
    ...change,
  };
}

/** A platform staff member. */
export async function newStaff(firstName = "Sophie"): Promise<Actor> {
  const email = uniqueEmail("staff");
  const [u] = await getDb().insert(users).values({ email, firstName, lastName: "Admin", role: "admin", isAnonymous: false, termsAcceptedAt: new Date() }).returning({ id: users.id });
  return { userId: u!.id, sessionId: "test-session", role: "admin", firstName, lastName: "Admin", email, isAnonymous: false };
}

/** A member of a certification centre (no staff rights). */
export async function newCentreMember(user: Actor): Promise<Actor> {
  const [c] = await getDb().insert(certificationCenters).values({ name: "Centre de test", approvedAt: new Date() }).returning({ id: certificationCenters.id });
  await getDb().insert(centerMemberships).values({ centerId: c!.id, userId: user.userId, role: "ADMIN" });
  return user;
}

/** Every e-mail sent to this address (from the outbox folder), oldest first. */
export function mailsTo(email: string): { subject: string; text: string }[] {
  const outbox = process.env.OUTBOX_DIR!;
  const files = fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((f) => f.endsWith(".eml")).sort() : [];
  return files
    .map((f) => parseEml(fs.readFileSync(path.join(outbox, f), "utf8")))
    .filter((m) => m.to.toLowerCase().includes(email.toLowerCase()))
    .map((m) => ({ subject: m.subject.replace(/\s+/g, " "), text: m.text }));
}
