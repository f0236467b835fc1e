import { getContentIndex } from "@/lib/content";
import type { TargetProfile } from "@/lib/content/types";

/** The general target profiles staff may open to an organisation (ABC ones follow the ABC Pix access). */
export function generalTargetProfiles(): TargetProfile[] {
  return getContentIndex().referential.targetProfiles.filter((p) => p.family === "general");
}
