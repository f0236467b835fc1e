import {
  answerOutcome,
  effectiveKnowledge,
  knowledgeElementsForAnswer,
  latestKnowledge,
  type AnswerStatus,
  type KnowledgeElement,
} from "@/lib/engine";
import { scoreCompetence, DAY_MS } from "@/lib/scoring";
import { tinyReferential } from "./helpers";

const ref = tinyReferential({ "@web": [1, 2, 3, 4, 5], "@mail": [1, 2, 3] });
const NOW = Date.UTC(2024, 5, 1);

function answer(knowledge: Map<string, KnowledgeElement>, challengeId: string, status: AnswerStatus, now = NOW) {
  const created = knowledgeElementsForAnswer(ref, knowledge, { challengeId, status, assessmentId: "a1", now });
  for (const ke of created) knowledge.set(ke.skillId, ke);
  return created;
}

const summary = (kes: KnowledgeElement[]) => kes.map((k) => `${k.skillId}:${k.status}:${k.source}`);

describe("answer outcome", () => {
  it.each([
    ["ok", false, "validated"],
    ["ko", false, "invalidated"],
    ["skipped", false, "invalidated"],
    ["timedout", false, "invalidated"],
    ["focusedOut", false, "validated"],
    ["focusedOut", true, "invalidated"],
    ["unplayable", false, null],
    ["unplayable", true, null],
  ] as const)("%s (certification %s) → %s", (status, certification, expected) => {
    expect(answerOutcome(status, { certification })).toBe(expected);
  });
});

describe("inference inside a tube", () => {
  it("a success at level 3 validates the easier skills not yet known", () => {
    const k = new Map<string, KnowledgeElement>();
    expect(summary(answer(k, "ch-web3-a", "ok"))).toEqual([
      "@web3:validated:direct",
      "@web1:validated:inferred",
      "@web2:validated:inferred",
    ]);
  });
  it("a failure at level 3 invalidates the harder skills not yet known", () => {
    const k = new Map<string, KnowledgeElement>();
    expect(summary(answer(k, "ch-web3-a", "skipped"))).toEqual([
      "@web3:invalidated:direct",
      "@web4:invalidated:inferred",
      "@web5:invalidated:inferred",
    ]);
  });
  it("does not overwrite known skills and stays inside the tube", () => {
    const k = new Map<string, KnowledgeElement>();
    answer(k, "ch-web2-a", "ko");
    expect(summary(answer(k, "ch-web4-a", "ok"))).toEqual(["@web4:validated:direct", "@web1:validated:inferred"]);
    expect(k.get("@web2")?.status).toBe("invalidated");
    expect([...k.keys()].some((id) => id.startsWith("@mail"))).toBe(false);
  });
  it("an unplayable answer creates no knowledge", () => {
    expect(answer(new Map(), "ch-web3-a", "unplayable")).toEqual([]);
  });
  it("earns the skill's pix when validated, none when invalidated", () => {
    const k = new Map<string, KnowledgeElement>();
    answer(k, "ch-web2-a", "ok");
    answer(k, "ch-mail1-a", "ko");
    expect(scoreCompetence(k.values(), "competence-1.1").exactPix).toEqual({ num: 8, den: 1 });
  });
});

describe("latest knowledge and retry", () => {
  const ke = (skillId: string, status: "validated" | "invalidated", daysAgo: number): KnowledgeElement => ({
    skillId,
    tubeId: "@web",
    competenceId: "competence-1.1",
    status,
    source: "direct",
    earnedPix: status === "validated" ? { num: 4, den: 1 } : { num: 0, den: 1 },
    createdAt: new Date(NOW - daysAgo * DAY_MS),
    assessmentId: "old",
    challengeId: "x",
  });
  it("the latest knowledge element of a skill wins", () => {
    const latest = latestKnowledge([ke("@web1", "validated", 2), ke("@web1", "invalidated", 1), ke("@web2", "invalidated", 3), ke("@web2", "validated", 5)]);
    expect(latest.get("@web1")?.status).toBe("invalidated");
    expect(latest.get("@web2")?.status).toBe("invalidated");
  });
  it.each([
    [false, ["@web1", "@web2", "@web3"]],
    [true, ["@web1", "@web3"]],
  ])("retrying %s keeps %j (invalidations older than 4 days are ignored)", (retrying, kept) => {
    const all = [ke("@web1", "validated", 10), ke("@web2", "invalidated", 5), ke("@web3", "invalidated", 3)];
    expect([...effectiveKnowledge(all, { retrying, now: NOW }).keys()].sort()).toEqual(kept);
  });
  it("a reset erases the competence's earlier knowledge", () => {
    const all = [ke("@web1", "validated", 10), ke("@web2", "validated", 1)];
    const kept = effectiveKnowledge(all, { resetAt: { "competence-1.1": NOW - 2 * DAY_MS } });
    expect([...kept.keys()]).toEqual(["@web2"]);
  });
  it("knowledge carries over: an ignored invalidation can be inferred again", () => {
    const old = effectiveKnowledge([ke("@web1", "validated", 10), ke("@web2", "invalidated", 6)], { retrying: true, now: NOW });
    const created = knowledgeElementsForAnswer(ref, old, { challengeId: "ch-web3-a", status: "ok", assessmentId: "a2", now: NOW });
    expect(summary(created)).toEqual(["@web3:validated:direct", "@web2:validated:inferred"]);
  });
});
