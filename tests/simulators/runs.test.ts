/**
 * The simulator framework against a real database: every SIMULATOR challenge of the shipped
 * content is played through the services as a learner would (its walkthrough gets "ok", each of
 * its wrong paths "ko"), and the state cannot be forged, reached from another account, or
 * changed after the answer.
 */
import "../assessments/content-setup";
import { and, eq } from "drizzle-orm";
import { answers, assessments, simulatorActions, simulatorRuns } from "@/db/schema";
import { answerChallenge } from "@/lib/assessments/answer-challenge";
import type { Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import type { Challenge } from "@/lib/content/types";
import { NotFound } from "@/lib/errors";
import type { SimulatorAddress } from "@/lib/simulators/address";
import { actInSimulator, SimulatorClosed, StaleAction } from "@/lib/simulators/runs/act-in-simulator";
import { getSimulatorPage } from "@/lib/simulators/runs/get-simulator-page";
import { outsideAddresses } from "@/lib/simulators/outside-addresses";
import type { ActionInput } from "@/lib/simulators/types";
import { newLearner } from "../assessments/helpers";
import { getDb, setupTestDatabase } from "../support/db";

setupTestDatabase();

const MAX_PAGE_BYTES = 30 * 1024;


type SimChallenge = Challenge & { solution: { type: "SIMULATOR"; walkthrough: ActionInput[]; wrongPaths: ActionInput[][] } };

const simChallenges = [...getContentIndex().challengeById.values()].filter((c): c is SimChallenge => c.solution.type === "SIMULATOR");

/** An evaluation of the learner whose current challenge is `challenge` (as if the engine had served it). */
async function servedTo(actor: Actor, challenge: Challenge): Promise<SimulatorAddress> {
  const competenceId = getContentIndex().skillById.get(challenge.skillId)!.competenceId;
  const [a] = await getDb()
    .insert(assessments)
    .values({ userId: actor.userId, competenceId, currentChallengeId: challenge.id, startPix: { num: 0, den: 1 }, contentVersion: getContentIndex().version })
    .returning({ id: assessments.id });
  return { kind: "evaluation", contextId: a!.id, challengeId: challenge.id };
}

async function play(actor: Actor, address: SimulatorAddress, actions: ActionInput[]): Promise<void> {
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    // downloads are links (no counter); every other action is a form with the counter it was shown with
    await actInSimulator(actor, address, { seq: a.op === "download" ? null : (await runOf(address))?.actionCount ?? 0, action: a });
  }
}

async function runOf(address: SimulatorAddress) {
  const [run] = await getDb()
    .select()
    .from(simulatorRuns)
    .where(and(eq(simulatorRuns.contextKind, address.kind), eq(simulatorRuns.contextId, address.contextId), eq(simulatorRuns.challengeId, address.challengeId)));
  return run;
}

async function statusOf(address: SimulatorAddress): Promise<string | undefined> {
  const [row] = await getDb()
    .select({ status: answers.status })
    .from(answers)
    .where(and(eq(answers.assessmentId, address.contextId), eq(answers.challengeId, address.challengeId)));
  return row?.status;
}

async function answer(actor: Actor, address: SimulatorAddress, extra: Record<string, unknown> = {}) {
  return answerChallenge(actor, { assessmentId: address.contextId, challengeId: address.challengeId, ...extra });
}

test("the shipped content has simulator challenges for every simulator", () => {
  const names = new Set(simChallenges.map((c) => c.solution.simulator));
  expect([...names].sort()).toEqual(["demarche", "fichiers", "gestes", "recherche", "service", "webmail"]);
});

describe.each(simChallenges.map((c) => [c.id, c] as const))("%s", (_id, challenge) => {
  test("its walkthrough, played through the services, is answered ok; every screen on the way is under 30 KB and names only the app", async () => {
    const learner = await newLearner();
    const address = await servedTo(learner, challenge);
    const checkScreen = async (what: string) => {
      const html = await getSimulatorPage(learner, address);
      expect({ what, bytes: Buffer.byteLength(html) < MAX_PAGE_BYTES, outside: outsideAddresses(html) }).toEqual({ what, bytes: true, outside: [] });
    };
    await checkScreen("start");
    for (const [i, action] of challenge.solution.walkthrough.entries()) {
      await play(learner, address, [action]);
      await checkScreen(`after action ${i + 1} (${String(action.op)})`);
    }
    await answer(learner, address);
    expect(await statusOf(address)).toBe("ok");
  });
  test("each wrong path is answered ko", async () => {
    const learner = await newLearner();
    for (const path of challenge.solution.wrongPaths) {
      const address = await servedTo(learner, challenge);
      await play(learner, address, path);
      await answer(learner, address);
      expect(await statusOf(address)).toBe("ko");
      await getDb().update(assessments).set({ state: "completed" }).where(eq(assessments.id, address.contextId));
    }
  });
});

describe("tampering changes nothing", () => {
  const challenge = simChallenges.find((c) => c.solution.simulator === "webmail") ?? simChallenges[0]!;

  test("a forged state sent with the answer is ignored: the kept state decides", async () => {
    const learner = await newLearner();
    const address = await servedTo(learner, challenge);
    await answer(learner, address, { state: { forged: true }, fields: { state: JSON.stringify(challenge.solution.goal) } });
    expect(await statusOf(address)).toBe("ko");
  });

  test("an action that the simulator does not know (e.g. a whole state) is refused and nothing is stored", async () => {
    const learner = await newLearner();
    const address = await servedTo(learner, challenge);
    await expect(actInSimulator(learner, address, { seq: 0, action: { op: "etat", state: JSON.stringify(challenge.solution.goal) } })).rejects.toMatchObject({ userMessage: "Cette action n'est pas possible ici." });
    expect(await runOf(address)).toBeUndefined();
  });

  test("another learner can neither see nor act in my simulator", async () => {
    const me = await newLearner("Robert");
    const other = await newLearner("Laura");
    const address = await servedTo(me, challenge);
    await play(me, address, challenge.solution.walkthrough.slice(0, 1));
    const before = await runOf(address);
    await expect(getSimulatorPage(other, address)).rejects.toBeInstanceOf(NotFound);
    await expect(actInSimulator(other, address, { seq: before!.actionCount, action: challenge.solution.walkthrough[0]! })).rejects.toBeInstanceOf(NotFound);
    expect((await runOf(address))!.actionCount).toBe(before!.actionCount);
    await expect(getSimulatorPage(null, address)).rejects.toThrow();
  });

  test("a challenge that was not served to me cannot be opened", async () => {
    const learner = await newLearner();
    const address = await servedTo(learner, challenge);
    const other = simChallenges.find((c) => c.id !== challenge.id)!;
    await expect(getSimulatorPage(learner, { ...address, challengeId: other.id })).rejects.toBeInstanceOf(NotFound);
    await expect(actInSimulator(learner, { ...address, challengeId: other.id }, { seq: 0, action: other.solution.walkthrough[0]! })).rejects.toBeInstanceOf(NotFound);
  });

  test("after the answer, actions are refused and the stored state and log stay as they were", async () => {
    const learner = await newLearner();
    const address = await servedTo(learner, challenge);
    const [first, ...rest] = challenge.solution.walkthrough;
    await play(learner, address, [first!]);
    await answer(learner, address);
    expect(await statusOf(address)).toBe("ko");
    const before = await runOf(address);
    await expect(play(learner, address, rest)).rejects.toBeInstanceOf(SimulatorClosed);
    const after = await runOf(address);
    expect(after!.actionCount).toBe(before!.actionCount);
    expect(after!.state).toEqual(before!.state);
    const log = await getDb().select().from(simulatorActions).where(eq(simulatorActions.runId, after!.id));
    expect(log).toHaveLength(before!.actionCount);
    // the page can still be read, marked finished
    expect(await getSimulatorPage(learner, address)).toContain("Cette question est terminée");
  });

  test("a form sent twice (same counter) is applied once", async () => {
    const learner = await newLearner();
    const address = await servedTo(learner, challenge);
    const first = challenge.solution.walkthrough.find((a) => a.op !== "download")!;
    await actInSimulator(learner, address, { seq: 0, action: first });
    await expect(actInSimulator(learner, address, { seq: 0, action: first })).rejects.toBeInstanceOf(StaleAction);
    expect((await runOf(address))!.actionCount).toBe(1);
  });

  test("every action is recorded in order against the learner's evaluation", async () => {
    const learner = await newLearner();
    const address = await servedTo(learner, challenge);
    await play(learner, address, challenge.solution.walkthrough);
    const run = await runOf(address);
    expect(run!.userId).toBe(learner.userId);
    const log = await getDb().select().from(simulatorActions).where(eq(simulatorActions.runId, run!.id)).orderBy(simulatorActions.seq);
    expect(log.map((l) => (l.action as { op: string }).op)).toEqual(challenge.solution.walkthrough.map((a) => a.op));
  });
});
