/**
 * The route handlers that change state refuse a request from another site with a 403 and a
 * French message, before reading the session or calling any service; a request from our own
 * pages goes through. (The services themselves are replaced by mocks: this is about the door.)
 */
import type { Actor } from "@/lib/auth/actor";

const actor: Actor = { userId: "u-1", sessionId: "s-1", role: "user", firstName: "Lina", lastName: "Test", email: "lina@exemple.fr", isAnonymous: false };

jest.mock("@/lib/auth/current-actor", () => ({ currentActor: jest.fn(async () => actor) }));
jest.mock("@/lib/certification/courses/record-focus-out", () => ({ recordFocusOut: jest.fn(async () => ({ state: "paused", page: "/certification/attente" })) }));
jest.mock("@/lib/simulators/runs/act-in-simulator", () => {
  class SimulatorClosed extends Error {}
  class StaleAction extends Error {}
  return { SimulatorClosed, StaleAction, actInSimulator: jest.fn(async () => ({ actionCount: 1 })) };
});
jest.mock("@/lib/simulators/runs/download", () => ({
  downloadFromSimulator: jest.fn(async () => ({ bytes: Buffer.from("x"), filename: "x.txt", contentType: "text/plain" })),
}));
jest.mock("@/lib/simulators/runs/get-simulator-page", () => ({ getSimulatorPage: jest.fn(async () => "<p>page</p>") }));

import { currentActor } from "@/lib/auth/current-actor";
import { recordFocusOut } from "@/lib/certification/courses/record-focus-out";
import { actInSimulator } from "@/lib/simulators/runs/act-in-simulator";
import { downloadFromSimulator } from "@/lib/simulators/runs/download";
import { POST as quitter } from "@/app/certification/test/quitter/route";
import { GET as simulatorGet, POST as simulatorPost } from "@/app/simulateur/[kind]/[contextId]/[challengeId]/route";

const HOST = "localhost:3000";
const OURS = { host: HOST, origin: "http://localhost:3000" };
const FOREIGN = { host: HOST, origin: "https://exemple-malveillant.test" };
const CROSS_SITE_NO_ORIGIN = { host: HOST, "sec-fetch-site": "cross-site" };

const address = { kind: "evaluation", contextId: "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", challengeId: "ch-demo" };
const params = { params: Promise.resolve(address) };
const simUrl = `http://${HOST}/simulateur/evaluation/${address.contextId}/ch-demo`;

function focusPost(headers: Record<string, string>): Request {
  return new Request(`http://${HOST}/certification/test/quitter`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ courseId: "c-1", challengeId: "ch-1" }),
  });
}

function simPost(headers: Record<string, string>): Request {
  const body = new URLSearchParams({ seq: "0", op: "clic", cible: "ok" });
  return new Request(simUrl, { method: "POST", headers: { ...headers, "content-type": "application/x-www-form-urlencoded" }, body });
}

beforeEach(() => jest.clearAllMocks());

describe("POST /certification/test/quitter", () => {
  it.each([
    ["another site's Origin", FOREIGN],
    ["no Origin, Sec-Fetch-Site: cross-site", CROSS_SITE_NO_ORIGIN],
    ["Origin: null", { host: HOST, origin: "null" }],
  ])("refuses %s with a 403, reads no session, records nothing", async (_name, headers) => {
    const res = await quitter(focusPost(headers));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: expect.stringMatching(/^Action refusée : cette demande ne vient pas d'une page de Pix/) });
    expect(currentActor).not.toHaveBeenCalled();
    expect(recordFocusOut).not.toHaveBeenCalled();
  });

  it("lets our own page's report through", async () => {
    const res = await quitter(focusPost(OURS));
    expect(res.status).toBe(200);
    expect(recordFocusOut).toHaveBeenCalledTimes(1);
  });
});

describe("/simulateur/… (the simulator frame)", () => {
  it("refuses a form posted from another site with a French 403 page, and acts on nothing", async () => {
    const res = await simulatorPost(simPost(FOREIGN), params);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/Action refusée/);
    expect(actInSimulator).not.toHaveBeenCalled();
  });

  it("refuses the gesture script's fetch from another site with JSON", async () => {
    const res = await simulatorPost(simPost({ ...CROSS_SITE_NO_ORIGIN, "x-simulateur": "fetch" }), params);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: expect.stringMatching(/^Action refusée/) });
    expect(actInSimulator).not.toHaveBeenCalled();
  });

  it("takes an action posted from the frame itself", async () => {
    const res = await simulatorPost(simPost(OURS), params);
    expect(res.status).toBe(303);
    expect(actInSimulator).toHaveBeenCalledTimes(1);
  });

  it("a download (recorded as an action) is refused when another site links to it, allowed from the frame", async () => {
    const foreign = await simulatorGet(new Request(`${simUrl}?telecharger=facture.pdf`, { headers: CROSS_SITE_NO_ORIGIN }), params);
    expect(foreign.status).toBe(403);
    expect(downloadFromSimulator).not.toHaveBeenCalled();
    const ours = await simulatorGet(new Request(`${simUrl}?telecharger=facture.pdf`, { headers: { host: HOST, "sec-fetch-site": "same-origin" } }), params);
    expect(ours.status).toBe(200);
    expect(downloadFromSimulator).toHaveBeenCalledTimes(1);
  });

  it("showing the frame's page (no download) is not refused: it changes nothing", async () => {
    const res = await simulatorGet(new Request(simUrl, { headers: CROSS_SITE_NO_ORIGIN }), params);
    expect(res.status).toBe(200);
  });
});
