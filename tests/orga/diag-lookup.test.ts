/**
 * "Retrouver un diagnostic": a member types the result code a person shows (case, spaces and a
 * missing "D-" forgiven) and sees that completed ABC Diag; keeps it in the structure's list with
 * an optional name. Lookups are limited per member so codes cannot be enumerated; nobody outside
 * the structure reads its list.
 */
import { eq } from "drizzle-orm";
import { organisationDiagResults, sessions } from "@/db/schema";
import { answerDiag } from "@/lib/abc-diag/answer-diag";
import { startDiag } from "@/lib/abc-diag/start-diag";
import type { Actor } from "@/lib/auth/actor";
import { DIAG_LOOKUP_LIMIT, findDiagByCode, normalizeResultCode } from "@/lib/campaigns/orga/find-diag-by-code";
import { keepDiag } from "@/lib/campaigns/orga/keep-diag";
import { listKeptDiags } from "@/lib/campaigns/orga/list-kept-diags";
import { getContentIndex } from "@/lib/content";
import { InvalidInput, NotAllowed, NotAuthenticated, NotFound, RateLimited } from "@/lib/errors";
import { formFor } from "../assessments/helpers";
import { getDb, setupTestDatabase } from "../support/db";
import { addMember, newOrganisation, newUser } from "./helpers";

setupTestDatabase();

/** A public ABC Diag taken without an account; all answers right except the given positions (1-based). */
async function publicDiag(answered = 10, wrong: number[] = []): Promise<{ code: string; visitor: Actor }> {
  const { runId, newSessionId } = await startDiag(null);
  const [s] = await getDb().select().from(sessions).where(eq(sessions.id, newSessionId!));
  const visitor: Actor = { userId: s!.userId, sessionId: s!.id, role: "user", firstName: "", lastName: "", email: null, isAnonymous: true };
  for (const [i, q] of getContentIndex().referential.abcDiag!.questions.slice(0, answered).entries()) {
    const { assessmentId: _unused, ...form } = await formFor(visitor, q.challenge, runId, !wrong.includes(i + 1), "diag");
    await answerDiag(visitor, { ...form, runId });
  }
  const { diagRuns } = await import("@/db/schema");
  const [run] = await getDb().select({ code: diagRuns.resultCode }).from(diagRuns).where(eq(diagRuns.id, runId));
  return { code: run!.code, visitor };
}

test.each([
  ["D-7KQ2M9", "D-7KQ2M9"],
  [" d-7kq2m9 ", "D-7KQ2M9"],
  ["7kq 2m9", "D-7KQ2M9"],
  ["d 7KQ-2M9", "D-7KQ2M9"],
  ["D7KQ2M9", "D-7KQ2M9"],
  ["DDDDDD", "D-DDDDDD"],
  ["D-7KQ2M", null],
  ["D-7KQ2M90", null],
  ["D-0OQ2M9", null],
  ["", null],
])("the typed code %p reads as %p", (typed, expected) => {
  expect(normalizeResultCode(typed)).toBe(expected);
});

test("a completed run is found by its code typed in lower case with spaces and without 'D-'; then kept with a name, listed", async () => {
  const org = await newOrganisation();
  const { code } = await publicDiag(10, [2]);
  const typed = ` ${code.slice(2, 5).toLowerCase()} ${code.slice(5)} `;
  const found = await findDiagByCode(org.admin, { orgId: org.orgId, code: typed }, new Date(), 0);
  expect(found).toMatchObject({ resultCode: code, kept: null });
  expect(found.dimensions).toHaveLength(3);
  expect(found.dimensions.flatMap((d) => d.missed)).toEqual([getContentIndex().referential.abcDiag!.questions[1]!.gesture]);
  expect(await listKeptDiags(org.admin, org.orgId)).toEqual([]);

  expect(await keepDiag(org.admin, { orgId: org.orgId, code: code.toLowerCase(), label: "  Mme B.  " }, new Date(), 0)).toMatchObject({ alreadyKept: false });
  const member = await newUser("Lina");
  await addMember(org.orgId, member);
  const list = await listKeptDiags(member, org.orgId);
  expect(list).toEqual([expect.objectContaining({ resultCode: code, label: "Mme B.", keptByName: "Karim Roux", orientation: found.orientation })]);
  // kept again: the name changes, no second row
  expect(await keepDiag(member, { orgId: org.orgId, code, label: "" }, new Date(), 0)).toMatchObject({ alreadyKept: true });
  expect(await listKeptDiags(org.admin, org.orgId)).toEqual([expect.objectContaining({ resultCode: code, label: null })]);
  expect((await findDiagByCode(org.admin, { orgId: org.orgId, code }, new Date(), 0)).kept).toEqual({ label: null });
  // another structure's list stays empty
  const other = await newOrganisation("Centre social");
  expect(await listKeptDiags(other.admin, other.orgId)).toEqual([]);
});

test("a run still in progress, an unknown code and a malformed one are refused with French messages", async () => {
  const org = await newOrganisation();
  const { code } = await publicDiag(3);
  await expect(findDiagByCode(org.admin, { orgId: org.orgId, code }, new Date(), 0)).rejects.toBeInstanceOf(NotFound);
  await expect(keepDiag(org.admin, { orgId: org.orgId, code }, new Date(), 0)).rejects.toBeInstanceOf(NotFound);
  await expect(findDiagByCode(org.admin, { orgId: org.orgId, code: "D-ZZZZZZ" }, new Date(), 0)).rejects.toMatchObject({ userMessage: expect.stringContaining("Aucun diagnostic terminé") });
  await expect(findDiagByCode(org.admin, { orgId: org.orgId, code: "bonjour" }, new Date(), 0)).rejects.toBeInstanceOf(InvalidInput);
  expect(await getDb().select().from(organisationDiagResults).where(eq(organisationDiagResults.organisationId, org.orgId))).toEqual([]);
});

test("a wrong code is slowed; past 30 lookups in 10 minutes a member is refused even a right code; another member is not", async () => {
  const org = await newOrganisation();
  const { code } = await publicDiag();
  const member = await newUser("Lina");
  await addMember(org.orgId, member);
  const t0 = Date.now();
  await expect(findDiagByCode(org.admin, { orgId: org.orgId, code: "D-ZZZZZ2" }, new Date(), 150)).rejects.toBeInstanceOf(NotFound);
  expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  const now = new Date();
  for (let i = 1; i < DIAG_LOOKUP_LIMIT.max; i++) {
    await expect(findDiagByCode(org.admin, { orgId: org.orgId, code: `D-ZZZZ${String(22 + i).replace(/[01]/g, "9")}` }, now, 0)).rejects.toBeInstanceOf(NotFound);
  }
  await expect(findDiagByCode(org.admin, { orgId: org.orgId, code }, now, 0)).rejects.toBeInstanceOf(RateLimited);
  await expect(keepDiag(org.admin, { orgId: org.orgId, code }, now, 0)).rejects.toBeInstanceOf(RateLimited);
  expect((await findDiagByCode(member, { orgId: org.orgId, code }, now, 0)).resultCode).toBe(code);
  const later = new Date(now.getTime() + DIAG_LOOKUP_LIMIT.windowMs + 1000);
  expect((await findDiagByCode(org.admin, { orgId: org.orgId, code }, later, 0)).resultCode).toBe(code);
});

test("a member of another organisation, a learner, an anonymous participant and a visitor are refused for every service", async () => {
  const org = await newOrganisation();
  const { code, visitor } = await publicDiag();
  await keepDiag(org.admin, { orgId: org.orgId, code }, new Date(), 0);
  const other = await newOrganisation("Centre social");
  const learner = await newUser("Léo");
  for (const actor of [other.admin, learner, visitor]) {
    await expect(findDiagByCode(actor, { orgId: org.orgId, code }, new Date(), 0)).rejects.toBeInstanceOf(NotAllowed);
    await expect(keepDiag(actor, { orgId: org.orgId, code }, new Date(), 0)).rejects.toBeInstanceOf(NotAllowed);
    await expect(listKeptDiags(actor, org.orgId)).rejects.toBeInstanceOf(NotAllowed);
  }
  await expect(findDiagByCode(null, { orgId: org.orgId, code }, new Date(), 0)).rejects.toBeInstanceOf(NotAuthenticated);
  await expect(keepDiag(null, { orgId: org.orgId, code }, new Date(), 0)).rejects.toBeInstanceOf(NotAuthenticated);
  await expect(listKeptDiags(null, org.orgId)).rejects.toBeInstanceOf(NotAuthenticated);
  await expect(listKeptDiags(org.admin, "pas-un-uuid")).rejects.toBeInstanceOf(NotAllowed);
  expect(await listKeptDiags(org.admin, org.orgId)).toHaveLength(1);
});
