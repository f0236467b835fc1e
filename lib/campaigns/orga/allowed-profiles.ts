import "server-only";
import { getContentIndex } from "@/lib/content";
import type { TargetProfile } from "@/lib/content/types";

/** The target profiles an organisation may use: the general ones, and ABC Pix with ABC Pix access. */
export function allowedProfiles(org: { hasAbcPixAccess: boolean }): TargetProfile[] {
  return getContentIndex().referential.targetProfiles.filter((p) => p.family === "general" || (p.family === "abc" && org.hasAbcPixAccess));
}
