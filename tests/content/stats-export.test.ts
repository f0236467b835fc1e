import { execFileSync } from "node:child_process";
import path from "node:path";
import { buildContentIndex, loadReferentialFrom } from "@/lib/content";
import { competenceStats, targetMisses } from "@/lib/content/stats";
import { VALID } from "./helpers";

describe("competence statistics and authoring targets", () => {
  const ref = loadReferentialFrom(VALID, { cacheDir: false });
  const stats = competenceStats(ref, buildContentIndex(ref));
  const of = (code: string) => stats.find((s) => s.competence.code === code)!;

  test("counts tubes, active skills per level, active challenges per type, attachments, timers, tutorials", () => {
    const s = of("1.1");
    expect(s.tubes).toBe(3);
    expect(s.skillsPerLevel).toEqual([3, 2, 2, 0, 0, 0, 0, 0]); // @veille5 is inactive
    expect(s.skills).toBe(7);
    expect(s.challenges).toBe(9);
    expect(s.challengesPerType).toMatchObject({ QCU: 4, QCM: 1, QROC: 2, "QROCM-ind": 1, "QROCM-dep": 1, SIMULATOR: 0 });
    expect(s.withAttachment).toBe(1);
    expect(s.timed).toBe(1);
    expect(s.tutorials).toBe(2);
    expect(s.tubesMissingTutorial).toEqual([{ tubeId: "@sources", missing: ["success", "learnMore"] }]);
  });

  test("target misses are listed in plain words", () => {
    const misses = targetMisses(of("1.1"));
    expect(misses).toEqual(
      expect.arrayContaining([
        "3 tube(s), target 5",
        "7 active skill(s), target 20",
        "fewer than 2 skills at level 4, 5 (a level with 1 skill cannot be completed)",
        '@sources has no "success" nor "learnMore" tutorial',
      ]),
    );
    expect(misses.join(" ")).not.toMatch(/type\(s\) not used/);
    expect(targetMisses(of("1.2"))).toEqual(["no tube yet"]);
    expect(targetMisses(of("4.1")).join(" ")).toMatch(/type\(s\) not used: QCM, QROC, QROCM-ind, QROCM-dep/);
  });
});

describe("npm run content:export", () => {
  test("prints one JSON object, sorted by id, without solutions", () => {
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const stdout = execFileSync(tsx, ["scripts/content-export.ts"], { encoding: "utf8", timeout: 60_000 });
    const data = JSON.parse(stdout);
    expect(Object.keys(data)).toEqual(["version", "areas", "competences", "tubes", "skills", "challenges", "targetProfiles"]);
    expect(data.competences).toHaveLength(16);
    expect(data.competences[0]).toEqual({ id: "competence-1.1", code: "1.1", name: expect.any(String), areaCode: "1" });
    for (const list of [data.tubes, data.skills, data.challenges]) {
      const ids = list.map((x: { id: string }) => x.id);
      expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
    }
    expect(stdout).not.toMatch(/"(solution|variants|proposals|nearMisses|groups|instruction)"/);
    for (const c of data.challenges) expect(Object.keys(c)).toEqual(["id", "skillId", "type", "timer", "focused"]);
  });
});
