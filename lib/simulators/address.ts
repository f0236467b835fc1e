// Where a simulator's pages live: one per context (a learner's evaluation, a staff preview…)
// and challenge. Pure.
import { z } from "zod";

export const SIMULATOR_CONTEXT_KINDS = ["evaluation", "apercu", "diag", "certification"] as const;
export type SimulatorContextKind = (typeof SIMULATOR_CONTEXT_KINDS)[number];

export const simulatorAddressSchema = z.object({
  kind: z.enum(SIMULATOR_CONTEXT_KINDS),
  contextId: z.uuid(),
  challengeId: z.string().regex(/^ch-[A-Za-z0-9_-]{1,150}$/),
});
export type SimulatorAddress = z.infer<typeof simulatorAddressSchema>;

/** The address of a simulator's pages (the frame's src, the forms' action). */
export function simulatorPath(a: SimulatorAddress): string {
  return `/simulateur/${a.kind}/${a.contextId}/${encodeURIComponent(a.challengeId)}`;
}
