import fs from "node:fs";
import path from "node:path";
import { memberships, organisations, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { parseEml } from "@/lib/mail/list-outbox";
import { getDb, uniqueEmail } from "../support/db";

/** A registered user (inserted directly: these tests are about organisations, not passwords). */
export async function newUser(firstName = "Nadia", opts: { anonymous?: boolean } = {}): Promise<Actor> {
  const email = opts.anonymous ? null : uniqueEmail(firstName.toLowerCase().normalize("NFD").replace(/[^a-z]/g, ""));
  const [u] = await getDb()
    .insert(users)
    .values({ email, firstName, lastName: "Roux", isAnonymous: Boolean(opts.anonymous), termsAcceptedAt: new Date() })
    .returning({ id: users.id });
  return { userId: u!.id, sessionId: "test-session", role: "user", firstName, lastName: "Roux", email, isAnonymous: Boolean(opts.anonymous) };
}

let n = 0;
/** An organisation with one ADMIN (and the given extra members). */
export async function newOrganisation(name = "Médiathèque") {
  n += 1;
  const [org] = await getDb().insert(organisations).values({ name: `${name} ${n}`, type: "mediation" }).returning({ id: organisations.id, name: organisations.name });
  const admin = await newUser("Karim");
  const [m] = await getDb().insert(memberships).values({ organisationId: org!.id, userId: admin.userId, role: "ADMIN" }).returning({ id: memberships.id });
  return { orgId: org!.id, name: org!.name, admin, adminMembershipId: m!.id };
}

export async function addMember(orgId: string, user: Actor, role: "ADMIN" | "MEMBER" = "MEMBER"): Promise<string> {
  const [m] = await getDb().insert(memberships).values({ organisationId: orgId, userId: user.userId, role }).returning({ id: memberships.id });
  return m!.id;
}

/** Every invitation token e-mailed to this address. */
export function invitationTokens(email: string): string[] {
  const outbox = process.env.OUTBOX_DIR!;
  const files = fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((f) => f.endsWith(".eml")) : [];
  return files
    .map((f) => parseEml(fs.readFileSync(path.join(outbox, f), "utf8")))
    .filter((m) => m.to.includes(email))
    .map((m) => m.text.match(/\/orga\/invitation\/([A-Za-z0-9_-]+)/)?.[1])
    .filter((t): t is string => Boolean(t));
}

/** The latest invitation e-mail sent to this address, read from the outbox folder, and its token. */
export function lastInvitationMail(email: string): { subject: string; text: string; link: string; token: string } {
  const outbox = process.env.OUTBOX_DIR!;
  const files = fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((f) => f.endsWith(".eml")).sort().reverse() : [];
  for (const f of files) {
    const mail = parseEml(fs.readFileSync(path.join(outbox, f), "utf8"));
    if (!mail.to.includes(email)) continue;
    const m = mail.text.match(/https?:\/\/\S+\/orga\/invitation\/([A-Za-z0-9_-]+)/);
    if (m) return { subject: mail.subject, text: mail.text, link: m[0], token: m[1]! };
  }
  throw new Error(`no invitation mail for ${email}`);
}
