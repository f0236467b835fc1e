import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertOrgAccess } from "@/lib/orga/guard";
import { allowedProfiles } from "./allowed-profiles";

/** The target profiles the campaign form offers this organisation, grouped for the select. */
export async function profileChoices(actor: Actor | null, orgId: string): Promise<{ label: string; profiles: { id: string; name: string }[] }[]> {
  const db = getDb();
  await assertOrgAccess(db, actor, orgId);
  const [org] = await db.select({ hasAbcPixAccess: organisations.hasAbcPixAccess, targetProfileIds: organisations.targetProfileIds }).from(organisations).where(eq(organisations.id, orgId));
  const profiles = allowedProfiles(org ?? { hasAbcPixAccess: false });
  return [
    { label: "ABC Pix (grands débutants)", profiles: profiles.filter((p) => p.family === "abc").map(({ id, name }) => ({ id, name })) },
    { label: "Profils Pix", profiles: profiles.filter((p) => p.family === "general").map(({ id, name }) => ({ id, name })) },
  ].filter((g) => g.profiles.length > 0);
}
