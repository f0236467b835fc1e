// Turns groups of participants into what the mediator reads: centres, labels, "why" per member,
// and how separated the groups are. Pure.
import { centroidOf, isMissing, rmsGap, sqDistance, type Vector } from "./kmeans";
import type { Group, GroupMember, Grouping, GroupingParticipant, GroupingQuality, GroupingTheme, MasteryLevel, MemberWhy, ThemeMatch } from "./types";

/** Mastery below `weakBelow` reads "faible", from `goodFrom` "bien", in between "moyen". */
export const LEVELS = { weakBelow: 0.4, goodFrom: 0.7 } as const;
/** A member "is like the group" on a theme when their gap to the centre is at most this. */
export const CLOSE_GAP = 0.15;
/** Themes named per list in a group label before "et N autres". */
const LABEL_MAX_THEMES = 3;

const NBSP = "\u00a0";

export function levelOf(value: number): MasteryLevel {
  if (value < LEVELS.weakBelow) return "faible";
  if (value < LEVELS.goodFrom) return "moyen";
  return "bien";
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}${NBSP}%`;
}

/** A gap in [0, 1] as percentage points, French agreement ("0 point", "1 point", "2 points"). */
export function points(gap: number): string {
  const n = Math.round(gap * 100);
  return `${n}${NBSP}point${n > 1 ? "s" : ""}`;
}

export function vectorOf(p: GroupingParticipant, themes: readonly GroupingTheme[]): number[] {
  return themes.map((t) => {
    const v = p.mastery[t.id];
    return v === null || v === undefined ? NaN : v;
  });
}

export function hasMeasure(p: GroupingParticipant, themes: readonly GroupingTheme[]): boolean {
  return vectorOf(p, themes).some((v) => !isMissing(v));
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const collator = new Intl.Collator("fr");

function byDisplayName(a: GroupingParticipant, b: GroupingParticipant): number {
  return collator.compare(a.name, b.name) || compareIds(a.id, b.id);
}

export function meanOf(vector: Vector): number | null {
  const measured = vector.filter((v) => !isMissing(v));
  return measured.length === 0 ? null : measured.reduce((a, b) => a + b, 0) / measured.length;
}

function listNames(names: string[]): string {
  if (names.length <= LABEL_MAX_THEMES) return names.join(", ");
  const rest = names.length - LABEL_MAX_THEMES;
  return `${names.slice(0, LABEL_MAX_THEMES).join(", ")} et ${rest} autre${rest > 1 ? "s" : ""}`;
}

function labelFor(themes: readonly GroupingTheme[], centre: Vector): { toWork: string[]; atEase: string[]; label: string } {
  const measured = themes.map((t, j) => ({ t, j, v: centre[j]! })).filter((x) => !isMissing(x.v));
  if (measured.length === 0) return { toWork: [], atEase: [], label: "Aucun thème mesuré" };
  const weak = measured.filter((x) => levelOf(x.v) === "faible").sort((a, b) => a.v - b.v || a.j - b.j);
  const good = measured.filter((x) => levelOf(x.v) === "bien").sort((a, b) => b.v - a.v || a.j - b.j);
  const parts: string[] = [];
  if (weak.length > 0) parts.push(`À travailler : ${listNames(weak.map((x) => x.t.name))}`);
  if (good.length > 0) parts.push(`À l'aise : ${listNames(good.map((x) => x.t.name))}`);
  return {
    toWork: weak.map((x) => x.t.id),
    atEase: good.map((x) => x.t.id),
    label: parts.length > 0 ? parts.join(" · ") : "Niveau moyen sur tous les thèmes",
  };
}

function closestThemes(themes: readonly GroupingTheme[], x: Vector, centre: Vector): ThemeMatch[] {
  return themes
    .map((t, j) => ({ t, j, v: x[j]!, c: centre[j]! }))
    .filter((m) => !isMissing(m.v) && !isMissing(m.c) && Math.abs(m.v - m.c) <= CLOSE_GAP + 1e-9)
    // gaps compared to 1e-9 so float noise (0.2 − 0.175 vs 0.825 − 0.8) falls back to theme order
    .sort((a, b) => Math.round(Math.abs(a.v - a.c) * 1e9) - Math.round(Math.abs(b.v - b.c) * 1e9) || a.j - b.j)
    .slice(0, 3)
    .map((m) => ({ themeId: m.t.id, themeName: m.t.name, value: m.v, groupValue: m.c, level: levelOf(m.v) }));
}

function explain(themes: readonly GroupingTheme[], x: Vector, own: number, centres: readonly Vector[], names: readonly string[]): MemberWhy {
  const distanceToOwn = rmsGap(x, centres[own]!);
  let nextGroupIndex = -1;
  let distanceToNext = Infinity;
  centres.forEach((c, g) => {
    if (g === own) return;
    const d = rmsGap(x, c);
    if (d < distanceToNext) {
      nextGroupIndex = g;
      distanceToNext = d;
    }
  });
  if (x.every((v) => isMissing(v))) {
    const text = "Aucun thème mesuré pour cette personne : placée à la main dans ce groupe.";
    return { distanceToOwn, nextGroupIndex, distanceToNext, closestThemes: [], closerElsewhere: false, text };
  }
  const closerElsewhere = distanceToNext < distanceToOwn - 1e-12;
  const matches = closestThemes(themes, x, centres[own]!);
  const first = closerElsewhere
    ? `Plus proche du ${names[nextGroupIndex]} (écart moyen de ${points(distanceToNext)}) que de son groupe (${points(distanceToOwn)}).`
    : `Écart moyen de ${points(distanceToOwn)} avec le centre du ${names[own]} ; le plus proche ensuite : ${names[nextGroupIndex]} (${points(distanceToNext)}).`;
  const second =
    matches.length > 0
      ? `Comme le groupe : ${matches.map((m) => `${m.themeName} ${m.level} (${percent(m.value)})`).join(", ")}.`
      : "Aucun thème vraiment proche du groupe : profil à part.";
  return { distanceToOwn, nextGroupIndex, distanceToNext, closestThemes: matches, closerElsewhere, text: `${first} ${second}` };
}

/** Mean simplified silhouette (own centre vs closest other centre); members of singletons count 0. */
export function qualityOf(vectors: readonly Vector[][], centres: readonly Vector[]): GroupingQuality {
  let ss = 0;
  let total = 0;
  let count = 0;
  vectors.forEach((members, g) => {
    for (const x of members) {
      ss += sqDistance(x, centres[g]!);
      count++;
      if (members.length < 2) continue;
      const a = rmsGap(x, centres[g]!);
      const b = Math.min(...centres.filter((_, o) => o !== g).map((c) => rmsGap(x, c)));
      const m = Math.max(a, b);
      total += m === 0 ? 0 : (b - a) / m;
    }
  });
  const silhouette = count === 0 ? 0 : total / count;
  const separation = silhouette >= 0.5 ? "bonne" : silhouette >= 0.25 ? "moyenne" : "faible";
  const summary =
    separation === "bonne"
      ? "Groupes bien séparés : les profils diffèrent nettement d'un groupe à l'autre."
      : separation === "moyenne"
        ? "Groupes assez séparés : quelques personnes sont entre deux groupes."
        : "Groupes peu séparés : les profils se ressemblent d'un groupe à l'autre.";
  return { withinSS: ss, silhouette, separation, summary };
}

/** Builds every derived field from the member lists, in the given group order. */
export function buildGrouping(
  themes: readonly GroupingTheme[],
  memberLists: readonly (readonly GroupingParticipant[])[],
  unplaced: readonly GroupingParticipant[],
): Grouping {
  const names = memberLists.map((_, g) => `Groupe ${g + 1}`);
  const vectors = memberLists.map((ms) => ms.map((p) => vectorOf(p, themes)));
  const centres = vectors.map((vs) => centroidOf(vs, vs.map((_, i) => i), themes.length));
  const groups: Group[] = memberLists.map((ms, g) => {
    const members: GroupMember[] = ms
      .map((p, i) => ({ id: p.id, name: p.name, mastery: p.mastery, why: explain(themes, vectors[g]![i]!, g, centres, names) }))
      .sort(byDisplayName);
    const centre = centres[g]!;
    return {
      index: g,
      name: names[g]!,
      members,
      centroid: Object.fromEntries(themes.map((t, j) => [t.id, isMissing(centre[j]!) ? null : centre[j]!])),
      meanMastery: meanOf(centre),
      ...labelFor(themes, centre),
    };
  });
  return {
    themes: [...themes],
    groups,
    unplaced: [...unplaced].sort(byDisplayName),
    quality: qualityOf(vectors, centres),
  };
}
