import { eq } from "drizzle-orm";
import { centerMemberships, certificationCenters, memberships, organisations } from "@/db/schema";
import { signUpSchema } from "@/lib/accounts/schemas";
import { signUp } from "@/lib/accounts/sign-up";
import type { Actor } from "@/lib/auth/actor";
import { assertCenterMember, assertOrgMember } from "@/lib/auth/memberships";
import { NotAllowed, NotAuthenticated } from "@/lib/errors";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";

setupTestDatabase();

async function actor(): Promise<Actor> {
  const email = uniqueEmail("member");
  const { userId, sessionId } = await signUp(signUpSchema.parse({ firstName: "M", lastName: "N", email, password: "Velo-Rouge-42", terms: "on" }), new Date());
  return { userId, sessionId, email, role: "user", firstName: "M", lastName: "N", isAnonymous: false };
}

describe("organisation and centre guards", () => {
  it("let members in with their role, and refuse members of another organisation", async () => {
    const db = getDb();
    const [orgA] = await db.insert(organisations).values({ name: "A", type: "mediation" }).returning();
    const [orgB] = await db.insert(organisations).values({ name: "B", type: "mediation" }).returning();
    const admin = await actor();
    const member = await actor();
    const outsider = await actor();
    await db.insert(memberships).values([
      { organisationId: orgA!.id, userId: admin.userId, role: "ADMIN" },
      { organisationId: orgA!.id, userId: member.userId, role: "MEMBER" },
      { organisationId: orgB!.id, userId: outsider.userId, role: "ADMIN" },
    ]);
    await expect(assertOrgMember(db, admin, orgA!.id, "ADMIN")).resolves.toEqual({ role: "ADMIN" });
    await expect(assertOrgMember(db, member, orgA!.id)).resolves.toEqual({ role: "MEMBER" });
    await expect(assertOrgMember(db, member, orgA!.id, "ADMIN")).rejects.toBeInstanceOf(NotAllowed);
    await expect(assertOrgMember(db, outsider, orgA!.id)).rejects.toBeInstanceOf(NotAllowed);
    await expect(assertOrgMember(db, { ...outsider, role: "admin" }, orgA!.id)).rejects.toBeInstanceOf(NotAllowed);
    await expect(assertOrgMember(db, null, orgA!.id)).rejects.toBeInstanceOf(NotAuthenticated);
    await db.update(organisations).set({ archivedAt: new Date() }).where(eq(organisations.id, orgA!.id));
    await expect(assertOrgMember(db, admin, orgA!.id)).rejects.toBeInstanceOf(NotAllowed);
  });

  it("let centre staff in, and refuse the staff of another centre", async () => {
    const db = getDb();
    const [c1] = await db.insert(certificationCenters).values({ name: "C1", approvedAt: new Date() }).returning();
    const [c2] = await db.insert(certificationCenters).values({ name: "C2", approvedAt: new Date() }).returning();
    const staff = await actor();
    const other = await actor();
    await db.insert(centerMemberships).values([
      { centerId: c1!.id, userId: staff.userId },
      { centerId: c2!.id, userId: other.userId },
    ]);
    await expect(assertCenterMember(db, staff, c1!.id)).resolves.toBeUndefined();
    await expect(assertCenterMember(db, other, c1!.id)).rejects.toBeInstanceOf(NotAllowed);
  });
});
