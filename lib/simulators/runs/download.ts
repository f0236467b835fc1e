import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import type { SimulatorDownload } from "../types";
import { actInSimulator } from "./act-in-simulator";
import type { SimulatorAddress } from "../address";
import { resolveSimulatorContext } from "./context";
import { currentSimulatorState } from "./state";

/**
 * A download link of a simulator: recorded as the action { op: "download", file } while the
 * challenge is open (afterwards the file is still sent, nothing is recorded), then the file.
 */
export async function downloadFromSimulator(actor: Actor | null, address: SimulatorAddress, file: string): Promise<SimulatorDownload> {
  const ctx = await resolveSimulatorContext(getDb(), actor, address);
  if (!ctx.sim.download || file.length > 200) throw new NotFound();
  if (ctx.open) await actInSimulator(actor, address, { seq: null, action: { op: "download", file } });
  const { state } = await currentSimulatorState(getDb(), ctx);
  const out = await ctx.sim.download(file, state, ctx.scenario);
  if (!out) throw new NotFound();
  return out;
}
