import "server-only";
import { getContentIndex } from "@/lib/content";
import type { TargetProfile } from "@/lib/content/types";

/**
 * The target profiles an organisation may use: the general ones (all of them, or the ones
 * staff chose for it), and ABC Pix with ABC Pix access.
 */
export function allowedProfiles(org: { hasAbcPixAccess: boolean; targetProfileIds?: string[] | null }): TargetProfile[] {
  const chosen = org.targetProfileIds ? new Set(org.targetProfileIds) : null;
  return getContentIndex().referential.targetProfiles.filter(
    (p) => (p.family === "general" && (!chosen || chosen.has(p.id))) || (p.family === "abc" && org.hasAbcPixAccess),
  );
}
