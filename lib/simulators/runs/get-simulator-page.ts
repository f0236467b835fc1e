import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { simulatorDocument, type Notice } from "../document";
import { html } from "../html";
import { simulatorPath, type SimulatorAddress } from "../address";
import { resolveSimulatorContext } from "./context";
import { currentSimulatorState } from "./state";

/** The simulator's current screen for the actor, as a whole HTML document. */
export async function getSimulatorPage(actor: Actor | null, address: SimulatorAddress, notice?: Notice): Promise<string> {
  const db = getDb();
  const ctx = await resolveSimulatorContext(db, actor, address);
  const { state, actionCount } = await currentSimulatorState(db, ctx);
  const actionUrl = simulatorPath(ctx);
  const page = ctx.sim.render({
    state,
    scenario: ctx.scenario,
    actionUrl,
    formFields: html`<input type="hidden" name="seq" value="${actionCount}">`,
    downloadUrl: (file) => `${actionUrl}?telecharger=${encodeURIComponent(file)}`,
    finished: !ctx.open,
  });
  return simulatorDocument(ctx.sim, page, { notice, finished: !ctx.open });
}
