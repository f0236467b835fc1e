// npm run content:export
// Prints the referential's structure as ONE JSON object on stdout (no solutions, no texts of
// questions): for the database seed, for analyses, for other tools. Every list is sorted by id.
// skills carry pixValue (a float, for display) and pix ({ num, den }, exact: sum these).
import path from "node:path";
import { ContentError, compareIds, formatProblem, loadReferentialFrom } from "../lib/content";

function byId<T extends { id: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => compareIds(a.id, b.id));
}

function main() {
  let ref;
  try {
    ref = loadReferentialFrom(path.join(process.cwd(), "content"));
  } catch (e) {
    if (e instanceof ContentError) {
      for (const p of e.problems) console.error(`ERROR  ${formatProblem(p)}`);
      process.exit(1);
    }
    throw e;
  }
  const out = {
    version: ref.version,
    areas: ref.areas.map((a) => ({ code: a.code, name: a.name })).sort((a, b) => compareIds(a.code, b.code)),
    competences: byId(ref.competences).map((c) => ({ id: c.id, code: c.code, name: c.name, areaCode: c.areaCode })),
    tubes: byId(ref.tubes).map((t) => ({ id: t.id, name: t.name, competenceId: t.competenceId })),
    skills: byId(ref.skills).map((s) => ({ id: s.id, name: s.name, tubeId: s.tubeId, competenceId: s.competenceId, level: s.level, pixValue: s.pixValue, pix: s.pix, active: s.active })),
    challenges: byId(ref.challenges).map((c) => ({ id: c.id, skillId: c.skillId, type: c.type, timer: c.timer, focused: c.focused })),
    targetProfiles: byId(ref.targetProfiles).map((tp) => ({ id: tp.id, name: tp.name, tubes: tp.tubes.map((t) => ({ tubeId: t.tubeId, maxLevel: t.maxLevel })) })),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
}

main();
