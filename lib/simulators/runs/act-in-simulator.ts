import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { simulatorActions, simulatorRuns } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, InvalidInput, RateLimited } from "@/lib/errors";
import type { ActionInput } from "../types";
import type { SimulatorAddress } from "../address";
import { resolveSimulatorContext } from "./context";
import { findRun } from "./state";

/** Far above what any task needs; stops a script from filling the database. */
export const MAX_ACTIONS_PER_RUN = 1000;

export class SimulatorClosed extends Conflict {
  constructor() {
    super("Cette question est terminée : cette action n'est pas prise en compte.");
  }
}

/** The form was sent again (double click, back button): it was already taken into account. */
export class StaleAction extends Conflict {
  constructor(readonly actionCount: number) {
    super("Cette action a déjà été prise en compte.");
  }
}

export type ActInput = {
  /** the action counter the page was rendered with; null for downloads (links), which need none */
  seq: number | null;
  action: ActionInput;
};

/**
 * Applies one learner action to their simulator, in one transaction: the context is locked,
 * must be the actor's and still open; the action is parsed by the simulator's schema, applied
 * by its pure reducer, appended to the log, and the new state kept. Returns the new counter.
 */
export async function actInSimulator(actor: Actor | null, address: SimulatorAddress, input: ActInput, now = new Date()): Promise<{ actionCount: number }> {
  return getDb().transaction(async (tx) => {
    const ctx = await resolveSimulatorContext(tx, actor, address, { lock: true });
    if (!ctx.open) throw new SimulatorClosed();
    const run = await findRun(tx, ctx);
    const count = run?.actionCount ?? 0;
    if (input.seq !== null && input.seq < 0) throw new InvalidInput({}, "Cette action n'est pas possible ici.");
    if (input.seq !== null && input.seq !== count) throw new StaleAction(count);
    if (count >= MAX_ACTIONS_PER_RUN) throw new RateLimited(new Date(now.getTime() + 3600_000), "Trop d'actions dans cet exercice. Validez ou passez la question.");
    const parsed = ctx.sim.actionSchema.safeParse(input.action);
    if (!parsed.success) throw new InvalidInput({}, "Cette action n'est pas possible ici.");
    const before = run ? run.state : ctx.sim.initialState(ctx.scenario);
    const after = ctx.sim.reduce(before, parsed.data, ctx.scenario);
    const seq = count + 1;
    const [saved] = await tx
      .insert(simulatorRuns)
      .values({
        contextKind: ctx.kind,
        contextId: ctx.contextId,
        challengeId: ctx.challengeId,
        userId: ctx.userId,
        simulator: ctx.sim.name,
        state: after,
        actionCount: seq,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [simulatorRuns.contextKind, simulatorRuns.contextId, simulatorRuns.challengeId],
        set: { state: sql`excluded.state`, actionCount: sql`excluded.action_count`, updatedAt: now },
      })
      .returning({ id: simulatorRuns.id });
    await tx.insert(simulatorActions).values({ runId: saved!.id, seq, action: parsed.data, createdAt: now });
    return { actionCount: seq };
  });
}
