import { Conflict, NotFound } from "@/lib/errors";
import { formGroups, groupingQuality, moveMember, type Grouping, type GroupingParticipant, type GroupingTheme } from "./index";

const THEMES: GroupingTheme[] = [
  { id: "mail", name: "la messagerie" },
  { id: "souris", name: "la souris" },
  { id: "demarches", name: "les démarches en ligne" },
];

function person(id: string, mail: number | null, souris: number | null, demarches: number | null, name = id): GroupingParticipant {
  return { id, name, mastery: { mail, souris, demarches } };
}

/** Deterministic permutation for "whatever the input order" cases. */
function shuffled<T>(items: readonly T[], step: number): T[] {
  return items.map((_, i) => items[(i * step + 1) % items.length]!);
}

const ids = (g: Grouping) => g.groups.map((grp) => grp.members.map((m) => m.id).sort());

// Weak on email, fine with the mouse (like Robert) vs the reverse.
const EMAIL_WEAK = [person("robert", 0.2, 0.8, 0.3, "Robert"), person("a2", 0.15, 0.85, 0.35), person("a3", 0.25, 0.75, 0.25), person("a4", 0.1, 0.9, 0.3)];
const MOUSE_WEAK = [person("b1", 0.8, 0.2, 0.7), person("b2", 0.85, 0.15, 0.75), person("b3", 0.75, 0.25, 0.8)];
const TWO_CLUSTERS = [...EMAIL_WEAK, ...MOUSE_WEAK];
const PRIME = 5; // coprime with 7

describe("two obvious clusters are found whatever the input order", () => {
  test.each([
    ["given order", TWO_CLUSTERS],
    ["reversed", [...TWO_CLUSTERS].reverse()],
    ["interleaved", shuffled(TWO_CLUSTERS, PRIME)],
    ["other interleaving", shuffled(TWO_CLUSTERS, 3)],
  ])("%s", (_, participants) => {
    const g = formGroups({ participants, themes: THEMES, k: 2, seed: "campagne-1" });
    // EMAIL_WEAK has the lower mean mastery (≈ 0.44 vs 0.56): it is Groupe 1
    expect(ids(g)).toEqual([EMAIL_WEAK.map((p) => p.id).sort(), MOUSE_WEAK.map((p) => p.id).sort()]);
    expect(g.groups.map((grp) => grp.name)).toEqual(["Groupe 1", "Groupe 2"]);
  });

  test.each(["a", "b", "campagne-99", ""])("and whatever the seed (%j)", (seed) => {
    const g = formGroups({ participants: TWO_CLUSTERS, themes: THEMES, k: 2, seed });
    expect(ids(g)).toEqual([EMAIL_WEAK.map((p) => p.id).sort(), MOUSE_WEAK.map((p) => p.id).sort()]);
  });
});

describe("determinism", () => {
  const cloud = Array.from({ length: 40 }, (_, i) => person(`p${i}`, ((i * 7) % 40) / 40, ((i * 13) % 40) / 40, i % 3 === 0 ? null : ((i * 17) % 40) / 40));

  test("same input and seed give exactly the same groups, centres and explanations", () => {
    const a = formGroups({ participants: cloud, themes: THEMES, k: 4, seed: "s1" });
    const b = formGroups({ participants: cloud, themes: THEMES, k: 4, seed: "s1" });
    expect(b).toEqual(a);
  });

  test("a shuffled input with the same seed gives the same output", () => {
    const a = formGroups({ participants: cloud, themes: THEMES, k: 4, seed: "s1" });
    const b = formGroups({ participants: shuffled(cloud, 3), themes: THEMES, k: 4, seed: "s1" });
    expect(b).toEqual(a);
  });

  test("ties between equally good partitions are broken the same way for any input order", () => {
    const square = [person("n", 0, 0, 0), person("e", 1, 0, 0), person("s", 1, 1, 0), person("w", 0, 1, 0)];
    const results = [square, [...square].reverse(), shuffled(square, 3)].map((participants) => formGroups({ participants, themes: THEMES, k: 2, seed: "t" }));
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  test("groups go from the weakest mean mastery to the strongest", () => {
    const g = formGroups({ participants: cloud, themes: THEMES, k: 4, seed: "s1" });
    const means = g.groups.map((grp) => grp.meanMastery!);
    expect(means).toEqual([...means].sort((x, y) => x - y));
    expect(g.groups.map((grp) => grp.index)).toEqual([0, 1, 2, 3]);
  });
});

describe("degenerate inputs", () => {
  test("k = n gives singletons, ordered by mean mastery", () => {
    const ps = [person("x", 0.9, 0.9, 0.9), person("y", 0.1, 0.1, 0.1), person("z", 0.5, 0.5, 0.5)];
    const g = formGroups({ participants: ps, themes: THEMES, k: 3, seed: "s" });
    expect(ids(g)).toEqual([["y"], ["z"], ["x"]]);
    expect(g.quality.withinSS).toBe(0);
    expect(g.quality.silhouette).toBe(0); // singletons carry no separation information
  });

  test("identical vectors: k groups, none empty, zero spread", () => {
    const ps = Array.from({ length: 5 }, (_, i) => person(`p${i}`, 0.5, 0.5, 0.5));
    const g = formGroups({ participants: ps, themes: THEMES, k: 3, seed: "s" });
    expect(g.groups).toHaveLength(3);
    expect(g.groups.every((grp) => grp.members.length > 0)).toBe(true);
    expect(g.groups.flatMap((grp) => grp.members).length).toBe(5);
    expect(g.quality.withinSS).toBe(0);
  });

  test("k larger than the number of distinct profiles: duplicates are split, distinct profiles never mixed", () => {
    const ps = [...["a", "b", "c"].map((id) => person(id, 0.1, 0.1, 0.1)), ...["d", "e", "f"].map((id) => person(id, 0.9, 0.9, 0.9))];
    const g = formGroups({ participants: ps, themes: THEMES, k: 3, seed: "s" });
    expect(g.groups.every((grp) => grp.members.length > 0)).toBe(true);
    for (const grp of g.groups) expect(new Set(grp.members.map((m) => m.mastery.mail)).size).toBe(1);
  });
});

describe("participants with missing themes", () => {
  const ps = [
    person("a", 0.1, null, 0.2),
    person("b", 0.15, 0.1, null),
    person("c", null, 0.2, 0.1),
    person("d", 0.9, null, 0.85),
    person("e", 0.95, 0.9, null),
    person("f", null, 0.85, 0.9),
    person("vide", null, null, null, "Sans résultat"),
  ];

  test("are grouped on the themes they were measured on", () => {
    const g = formGroups({ participants: ps, themes: THEMES, k: 2, seed: "s" });
    expect(ids(g)).toEqual([["a", "b", "c"], ["d", "e", "f"]]);
  });

  test("missing values do not pull the centre towards 0", () => {
    const g = formGroups({ participants: ps, themes: THEMES, k: 2, seed: "s" });
    expect(g.groups[1]!.centroid.mail).toBeCloseTo(0.925, 12);
    expect(g.groups[1]!.centroid.souris).toBeCloseTo(0.875, 12);
  });

  test("a theme nobody in the group was measured on has a null centre", () => {
    const g = formGroups({ participants: [person("a", 0.1, null, 0.2), person("b", 0.9, null, 0.8)], themes: THEMES, k: 2, seed: "s" });
    expect(g.groups[0]!.centroid).toEqual({ mail: 0.1, souris: null, demarches: 0.2 });
  });

  test("someone with no measured theme is left for the mediator to place", () => {
    const g = formGroups({ participants: ps, themes: THEMES, k: 2, seed: "s" });
    expect(g.unplaced.map((p) => p.id)).toEqual(["vide"]);
    expect(g.groups.flatMap((grp) => grp.members).map((m) => m.id)).not.toContain("vide");
  });

  test("k above the number of participants with a result is refused", () => {
    expect(() => formGroups({ participants: [person("a", 0.1, 0.1, 0.1), person("b", null, null, null)], themes: THEMES, k: 2, seed: "s" })).toThrow(RangeError);
  });
});

describe("labels built from the centre", () => {
  test.each([
    ["weak and strong themes", [0.2, 0.8, 0.3], "À travailler : la messagerie, les démarches en ligne · À l'aise : la souris"],
    ["weakest listed first", [0.3, 0.8, 0.1], "À travailler : les démarches en ligne, la messagerie · À l'aise : la souris"],
    ["only strong themes", [0.9, 0.75, 0.8], "À l'aise : la messagerie, les démarches en ligne, la souris"],
    ["everything in between", [0.5, 0.6, 0.45], "Niveau moyen sur tous les thèmes"],
    ["unmeasured themes are not named", [0.1, null, 0.5], "À travailler : la messagerie"],
  ])("%s", (_, vector, label) => {
    const [mail, souris, demarches] = vector as (number | null)[];
    const other = person("zz-other", 1, 1, 1);
    const g = formGroups({ participants: [person("p", mail!, souris!, demarches!), other], themes: THEMES, k: 2, seed: "s" });
    expect(g.groups.find((grp) => grp.members[0]!.id === "p")!.label).toBe(label);
  });

  test("long lists are shortened", () => {
    const themes = Array.from({ length: 5 }, (_, i) => ({ id: `t${i}`, name: `thème ${i}` }));
    const weak = { id: "w", name: "w", mastery: Object.fromEntries(themes.map((t, i) => [t.id, i / 100])) };
    const strong = { id: "s", name: "s", mastery: Object.fromEntries(themes.map((t) => [t.id, 1])) };
    const g = formGroups({ participants: [weak, strong], themes, k: 2, seed: "s" });
    expect(g.groups[0]!.label).toBe("À travailler : thème 0, thème 1, thème 2 et 2 autres");
  });
});

describe("explanations", () => {
  const g = formGroups({ participants: TWO_CLUSTERS, themes: THEMES, k: 2, seed: "s" });
  const robert = g.groups[0]!.members.find((m) => m.id === "robert")!;

  test("name the themes where the person is like the group, closest first", () => {
    // centre of Groupe 1: mail 0.175, souris 0.825, démarches 0.3
    expect(robert.why.closestThemes.map((t) => t.themeId)).toEqual(["demarches", "mail", "souris"]);
    expect(robert.why.text).toContain("Comme le groupe : les démarches en ligne faible (30\u00a0%), la messagerie faible (20\u00a0%), la souris bien (80\u00a0%).");
  });

  test("give the distance to the own centre and to the next-closest group", () => {
    expect(robert.why.nextGroupIndex).toBe(1);
    expect(robert.why.distanceToOwn).toBeLessThan(0.05);
    expect(robert.why.distanceToNext).toBeGreaterThan(0.4);
    expect(robert.why.closerElsewhere).toBe(false);
    expect(robert.why.text).toMatch(/^Écart moyen de \d\u00a0points? avec le centre du Groupe 1 ; le plus proche ensuite : Groupe 2 \(\d+\u00a0points\)\./);
  });

  test("leave out themes where the person differs from the group", () => {
    const mixed = formGroups({ participants: [...TWO_CLUSTERS, person("odd", 0.2, 0.8, 0.95)], themes: THEMES, k: 2, seed: "s" });
    const odd = mixed.groups.flatMap((grp) => grp.members).find((m) => m.id === "odd")!;
    expect(odd.why.closestThemes.map((t) => t.themeId)).not.toContain("demarches");
  });

  test("members are listed by display name", () => {
    const names = g.groups[0]!.members.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "fr")));
  });
});

describe("manual moves by the mediator", () => {
  const g = formGroups({ participants: TWO_CLUSTERS, themes: THEMES, k: 2, seed: "s" });

  test("recompute centres, labels and explanations; the moved person is flagged as closer elsewhere", () => {
    const moved = moveMember(g, "robert", 1);
    expect(ids(moved)).toEqual([["a2", "a3", "a4"], ["b1", "b2", "b3", "robert"]]);
    expect(moved.groups[1]!.centroid.mail).toBeCloseTo((0.8 + 0.85 + 0.75 + 0.2) / 4, 12);
    expect(moved.groups[0]!.centroid.mail).toBeCloseTo((0.15 + 0.25 + 0.1) / 3, 12);
    const robert = moved.groups[1]!.members.find((m) => m.id === "robert")!;
    expect(robert.why.closerElsewhere).toBe(true);
    expect(robert.why.nextGroupIndex).toBe(0);
    expect(robert.why.text).toMatch(/^Plus proche du Groupe 1/);
    expect(moved.quality.silhouette).toBeLessThan(g.quality.silhouette);
    expect(moved.groups.map((grp) => grp.name)).toEqual(["Groupe 1", "Groupe 2"]);
  });

  test("does not change the grouping it was given", () => {
    const before = JSON.stringify(g);
    moveMember(g, "robert", 1);
    expect(JSON.stringify(g)).toBe(before);
  });

  test("moving back restores the original groups", () => {
    expect(moveMember(moveMember(g, "robert", 1), "robert", 0)).toEqual(g);
  });

  test("a group cannot be emptied", () => {
    const two = formGroups({ participants: [person("a", 0, 0, 0), person("b", 1, 1, 1)], themes: THEMES, k: 2, seed: "s" });
    expect(() => moveMember(two, "a", 1)).toThrow(Conflict);
  });

  test("unknown person or group is refused", () => {
    expect(() => moveMember(g, "personne", 0)).toThrow(NotFound);
    expect(() => moveMember(g, "robert", 2)).toThrow(RangeError);
  });

  test("an unplaced participant can be placed by hand", () => {
    const withEmpty = formGroups({ participants: [...TWO_CLUSTERS, person("vide", null, null, null)], themes: THEMES, k: 2, seed: "s" });
    const placed = moveMember(withEmpty, "vide", 0);
    expect(placed.unplaced).toEqual([]);
    const vide = placed.groups[0]!.members.find((m) => m.id === "vide")!;
    expect(vide.why.text).toMatch(/^Aucun thème mesuré/);
    expect(placed.groups[0]!.centroid).toEqual(withEmpty.groups[0]!.centroid);
  });
});

describe("quality", () => {
  test("well separated clusters read as such", () => {
    const g = formGroups({ participants: TWO_CLUSTERS, themes: THEMES, k: 2, seed: "s" });
    expect(g.quality.separation).toBe("bonne");
    expect(g.quality.summary).toMatch(/^Groupes bien séparés/);
    expect(g.quality.silhouette).toBeGreaterThan(0.7);
  });

  test("a uniform cloud is less separated than clear clusters", () => {
    const cloud = Array.from({ length: 50 }, (_, i) => person(`p${i}`, ((i * 7) % 50) / 50, ((i * 13) % 50) / 50, ((i * 19) % 50) / 50));
    const g = formGroups({ participants: cloud, themes: THEMES, k: 4, seed: "s" });
    const clear = formGroups({ participants: TWO_CLUSTERS, themes: THEMES, k: 2, seed: "s" });
    expect(g.quality.silhouette).toBeLessThan(clear.quality.silhouette);
  });

  test("groupingQuality recomputes what the grouping carries", () => {
    const g = formGroups({ participants: TWO_CLUSTERS, themes: THEMES, k: 2, seed: "s" });
    expect(groupingQuality(g)).toEqual({ ...g.quality, withinSS: expect.closeTo(g.quality.withinSS, 12), silhouette: expect.closeTo(g.quality.silhouette, 12) });
    // within SS: every member's squared (rescaled) distance to its centre
    expect(g.quality.withinSS).toBeGreaterThan(0);
    expect(g.quality.withinSS).toBeLessThan(0.1);
  });
});

describe("invalid input is refused", () => {
  test.each([
    ["k = 1", { k: 1 }],
    ["k = 11", { k: 11 }],
    ["k not an integer", { k: 2.5 }],
    ["k above the number of participants", { k: 8 }],
    ["duplicate participant", { participants: [...TWO_CLUSTERS, TWO_CLUSTERS[0]!] }],
    ["mastery above 1", { participants: [...TWO_CLUSTERS, person("x", 1.2, 0, 0)] }],
    ["mastery not a number", { participants: [...TWO_CLUSTERS, person("x", NaN, 0, 0)] }],
    ["no theme", { themes: [] }],
  ])("%s", (_, override) => {
    expect(() => formGroups({ participants: TWO_CLUSTERS, themes: THEMES, k: 2, seed: "s", ...override })).toThrow(RangeError);
  });
});

describe("scale", () => {
  test("2,000 participants × 6 themes, k = 5", () => {
    const themes = Array.from({ length: 6 }, (_, i) => ({ id: `t${i}`, name: `thème ${i}` }));
    let state = 12345;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 0x1_0000_0000;
    const participants = Array.from({ length: 2000 }, (_, i) => ({
      id: `p${String(i).padStart(4, "0")}`,
      name: `Personne ${i}`,
      mastery: Object.fromEntries(themes.map((t) => [t.id, next() < 0.05 ? null : Math.round(next() * 100) / 100])),
    }));
    const g = formGroups({ participants, themes, k: 5, seed: "grande-campagne" });
    expect(g.groups).toHaveLength(5);
    expect(g.groups.every((grp) => grp.members.length > 0)).toBe(true);
    expect(g.groups.reduce((s, grp) => s + grp.members.length, 0) + g.unplaced.length).toBe(2000);
    const means = g.groups.map((grp) => grp.meanMastery!);
    expect(means).toEqual([...means].sort((a, b) => a - b));
  });
});
