import { checkResume, classifyPost, countAnswers, parseChaosArgs, type Ack, type StoredAnswer } from "./chaos-check";

describe("classifyPost", () => {
  it("acknowledges only a 303 to the next step", () => {
    expect(classifyPost({ status: 303, location: "/competences/1.1/evaluation" })).toBe("acquittée");
    expect(classifyPost({ status: 303, location: "/competences/1.1/evaluation/bilan?serie=1" })).toBe("acquittée");
    expect(classifyPost({ status: 303, location: "/competences/1.1/evaluation/niveau-gagne?question=3" })).toBe("acquittée");
  });
  it("refuses errors, the login page, other statuses", () => {
    expect(classifyPost({ status: 303, location: "/competences/1.1/evaluation?erreur=Une%20erreur" })).toBe("erreur");
    expect(classifyPost({ status: 303, location: "/competences/1.1/evaluation?erreur=vide" })).toBe("vide");
    expect(classifyPost({ status: 303, location: "/competences/1.1/evaluation?info=ailleurs" })).toBe("ailleurs");
    expect(classifyPost({ status: 303, location: "/connexion?retour=%2Fcompetences" })).toBe("connexion");
    expect(classifyPost({ status: 303, location: "/competences/1.1/resultat" })).toBe("terminé");
    expect(classifyPost({ status: 503, location: null })).toBe("http-503");
    expect(classifyPost({ status: 200, location: null })).toBe("http-200");
  });
});

describe("checkResume", () => {
  const shown = { assessmentId: "a", challengeId: "c3" };
  const started = { currentChallengeId: "c3", state: "started" };
  it("accepts the next question after the acknowledged answers", () => {
    expect(checkResume({ shown, current: started, answered: ["c1", "c2"], acknowledged: ["c1", "c2"], pending: null, sentWithoutAck: [] })).toEqual({ problems: [], committedWithoutAck: false });
  });
  it("accepts the in-flight answer committed without acknowledgement", () => {
    const v = checkResume({ shown, current: started, answered: ["c1", "c2"], acknowledged: ["c1"], pending: { assessmentId: "a", challengeId: "c2" }, sentWithoutAck: [] });
    expect(v).toEqual({ problems: [], committedWithoutAck: true });
  });
  it("flags a lost acknowledged answer, a question asked again, another question", () => {
    expect(checkResume({ shown, current: started, answered: ["c1"], acknowledged: ["c1", "c2"], pending: null, sentWithoutAck: [] }).problems).toEqual(["réponse acquittée à c2 absente"]);
    expect(checkResume({ shown, current: started, answered: ["c1", "c3"], acknowledged: ["c1", "c3"], pending: null, sentWithoutAck: [] }).problems).toContain("question c3 déjà répondue, reposée");
    expect(checkResume({ shown, current: { currentChallengeId: "c9", state: "started" }, answered: [], acknowledged: [], pending: null, sentWithoutAck: [] }).problems).toHaveLength(1);
    expect(checkResume({ shown, current: null, answered: [], acknowledged: [], pending: null, sentWithoutAck: [] }).problems).toHaveLength(1);
  });
  it("accepts an answer sent at an earlier outage and committed then", () => {
    expect(checkResume({ shown, current: started, answered: ["c1", "c2"], acknowledged: ["c2"], pending: null, sentWithoutAck: ["c1"] })).toEqual({ problems: [], committedWithoutAck: false });
  });
  it("flags a stored answer nobody was sending", () => {
    expect(checkResume({ shown, current: started, answered: ["c1", "c2"], acknowledged: ["c1"], pending: null, sentWithoutAck: [] }).problems).toHaveLength(1);
  });
});

describe("countAnswers", () => {
  const ack = (learner: number, challengeId: string): Ack => ({ learner, assessmentId: `a${learner}`, challengeId, at: 0 });
  const row = (learner: number, challengeId: string, rows = 1): StoredAnswer => ({ learner, assessmentId: `a${learner}`, challengeId, rows });
  it("counts lost, duplicated and unacknowledged answers", () => {
    const c = countAnswers([ack(1, "x"), ack(1, "x"), ack(1, "y"), ack(2, "x")], [row(1, "x"), row(1, "y", 2), row(2, "z")]);
    expect(c.acknowledged).toBe(3);
    expect(c.acknowledgements).toBe(4);
    expect(c.stored).toBe(3);
    expect(c.lost).toEqual([ack(2, "x")]);
    expect(c.duplicates).toEqual([row(1, "y", 2)]);
    expect(c.storedWithoutAck).toBe(1);
  });
});

describe("parseChaosArgs", () => {
  it("has the issue's defaults and reads the options", () => {
    expect(parseChaosArgs([])).toMatchObject({ kills: 50, seed: 1, learners: 20, json: false, check503: null });
    expect(parseChaosArgs(["--kills", "3", "--seed=7", "--learners", "4", "--json", "--no-check-503"])).toMatchObject({ kills: 3, seed: 7, learners: 4, json: true, check503: false });
  });
  it("refuses unknown options and bad numbers", () => {
    expect(() => parseChaosArgs(["--kill", "3"])).toThrow("option inconnue");
    expect(() => parseChaosArgs(["--learners", "0"])).toThrow("--learners");
  });
});
