import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { simulatorRuns } from "@/db/schema";
import type { SimulatorContext } from "./context";

export type RunRow = typeof simulatorRuns.$inferSelect;

export async function findRun(db: DbOrTx, ctx: Pick<SimulatorContext, "kind" | "contextId" | "challengeId">): Promise<RunRow | null> {
  const [run] = await db
    .select()
    .from(simulatorRuns)
    .where(and(eq(simulatorRuns.contextKind, ctx.kind), eq(simulatorRuns.contextId, ctx.contextId), eq(simulatorRuns.challengeId, ctx.challengeId)));
  return run ?? null;
}

/** The state the server kept (the scenario's initial state before the first action) and the action count. */
export async function currentSimulatorState(db: DbOrTx, ctx: SimulatorContext): Promise<{ state: unknown; actionCount: number }> {
  const run = await findRun(db, ctx);
  return run ? { state: run.state, actionCount: run.actionCount } : { state: ctx.sim.initialState(ctx.scenario), actionCount: 0 };
}

/** What an answer to a simulator challenge is made of: the kept state, and whether it could be played at all. */
export async function simulatorAnswer(db: DbOrTx, ctx: SimulatorContext): Promise<{ value: { state: unknown }; unplayable: boolean }> {
  const { state } = await currentSimulatorState(db, ctx);
  return { value: { state }, unplayable: ctx.sim.played ? !ctx.sim.played(state) : false };
}
