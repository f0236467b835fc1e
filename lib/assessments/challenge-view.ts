// What the browser may see of a challenge before it is answered: no solution, no variant, no
// near miss, and proposal values that are opaque per assessment (neither the text nor the
// position in the file). Pure.
import type { Challenge } from "@/lib/content/types";
import { seededHash } from "@/lib/engine/hash";
import { simulatorPath, type SimulatorContextKind } from "@/lib/simulators/address";
import { simulatorNamed } from "@/lib/simulators/registry";

export type ChallengeView = {
  id: string;
  type: Challenge["type"];
  instruction: string;
  /** in display order; value is opaque */
  proposals: { value: string; text: string }[];
  fields: { name: string; label: string; format: "text" | "number"; placeholder?: string }[];
  illustration?: { src: string; alt: string };
  attachment?: { href: string; name: string };
  /** seconds allowed, or null */
  timer: number | null;
  focused: boolean;
  /** SIMULATOR: the frame to show and what it is */
  simulator?: { src: string; label: string; needsJavaScript: boolean };
};

/** Opaque form value of a proposal, stable for one assessment and challenge. */
export function opaqueProposalValues(assessmentId: string, challenge: Pick<Challenge, "id" | "proposals">): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const p of challenge.proposals) {
    let salt = 0;
    let value: string;
    do {
      value = "r" + seededHash(assessmentId, `${challenge.id}|${p.id}|${salt}`).toString(36);
      salt += 1;
    } while (used.has(value));
    used.add(value);
    out.set(p.id, value);
  }
  return out;
}

/** Proposal id from an opaque form value, or undefined. */
export function proposalIdFromValue(assessmentId: string, challenge: Pick<Challenge, "id" | "proposals">, value: string): string | undefined {
  for (const [id, v] of opaqueProposalValues(assessmentId, challenge)) if (v === value) return id;
  return undefined;
}

/** Form field names of free answers start with this. */
export const FIELD_PREFIX = "rep_";

/** Form field name of a free-answer field. */
export function fieldName(key: string): string {
  return `${FIELD_PREFIX}${key}`;
}

export function illustrationSrc(file: string): string {
  return `/illustrations/${encodeURIComponent(file.replace(/^illustrations\//, ""))}`;
}

export function attachmentHref(file: string): string {
  return `/fichiers/${encodeURIComponent(file)}`;
}

/** The public view; a simulator's frame points to its pages in this context (a learner's evaluation by default). */
export function toChallengeView(challenge: Challenge, assessmentId: string, kind: SimulatorContextKind = "evaluation"): ChallengeView {
  const sim = challenge.solution.type === "SIMULATOR" ? simulatorNamed(challenge.solution.simulator) : undefined;
  const values = opaqueProposalValues(assessmentId, challenge);
  let proposals = challenge.proposals.map((p) => ({ id: p.id, value: values.get(p.id)!, text: p.text }));
  if (challenge.shuffle) {
    proposals = proposals
      .map((p) => ({ p, k: seededHash(assessmentId, `order|${challenge.id}|${p.id}`) }))
      .sort((a, b) => a.k - b.k || a.p.id.localeCompare(b.p.id))
      .map((x) => x.p);
  }
  return {
    id: challenge.id,
    type: challenge.type,
    instruction: challenge.instruction,
    proposals: proposals.map(({ value, text }) => ({ value, text })),
    fields: challenge.fields.map((f) => ({ name: fieldName(f.key), label: f.label, format: f.format, placeholder: f.placeholder })),
    illustration: challenge.illustration ? { src: illustrationSrc(challenge.illustration.file), alt: challenge.illustration.alt } : undefined,
    attachment: challenge.attachment ? { href: attachmentHref(challenge.attachment), name: challenge.attachment } : undefined,
    timer: challenge.timer,
    focused: challenge.focused,
    simulator: sim
      ? { src: simulatorPath({ kind, contextId: assessmentId, challengeId: challenge.id }), label: sim.label, needsJavaScript: sim.needsJavaScript === true }
      : undefined,
  };
}
