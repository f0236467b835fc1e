// Homogeneous workshop groups for Pix Orga: k-means on mastery profiles. See docs/groupes.md.
import { Conflict, NotFound } from "@/lib/errors";
import { buildGrouping, compareIds, hasMeasure, meanOf, qualityOf, vectorOf } from "./describe";
import { kMeans } from "./kmeans";
import { seededRandom } from "./prng";
import type { FormGroupsInput, Grouping, GroupingParticipant, GroupingQuality } from "./types";

export type * from "./types";
export { CLOSE_GAP, LEVELS, levelOf } from "./describe";

export const MIN_GROUPS = 2;
export const MAX_GROUPS = 10;
export const DEFAULT_RESTARTS = 10;

function validate(input: FormGroupsInput): void {
  const { participants, themes, k } = input;
  if (!Number.isInteger(k) || k < MIN_GROUPS || k > MAX_GROUPS) throw new RangeError(`k must be an integer in ${MIN_GROUPS}..${MAX_GROUPS}, got ${k}`);
  if (themes.length === 0) throw new RangeError("at least one theme is needed");
  if (new Set(themes.map((t) => t.id)).size !== themes.length) throw new RangeError("theme ids must be unique");
  if (new Set(participants.map((p) => p.id)).size !== participants.length) throw new RangeError("participant ids must be unique");
  for (const p of participants) {
    for (const t of themes) {
      const v = p.mastery[t.id];
      if (v !== null && v !== undefined && !(Number.isFinite(v) && v >= 0 && v <= 1)) {
        throw new RangeError(`mastery of ${p.id} on ${t.id} must be in [0, 1] or null, got ${v}`);
      }
    }
  }
}

/**
 * Forms k groups of similar profiles. Deterministic: the input order does not matter (participants
 * are sorted by id first) and the same seed gives the same groups. Participants with no measured
 * theme are returned in `unplaced`. Throws RangeError on invalid input, including k larger than
 * the number of participants with at least one measured theme.
 */
export function formGroups(input: FormGroupsInput): Grouping {
  validate(input);
  const { themes, k } = input;
  const sorted = [...input.participants].sort((a, b) => compareIds(a.id, b.id));
  const measured = sorted.filter((p) => hasMeasure(p, themes));
  const unplaced = sorted.filter((p) => !hasMeasure(p, themes));
  if (k > measured.length) throw new RangeError(`k (${k}) exceeds the ${measured.length} participants with a result`);

  const vectors = measured.map((p) => vectorOf(p, themes));
  const result = kMeans(vectors, k, seededRandom(input.seed), input.restarts ?? DEFAULT_RESTARTS);

  const firstMember = result.centroids.map((_, c) => result.assignment.indexOf(c));
  const order = result.centroids
    .map((centre, c) => ({ c, mean: meanOf(centre) ?? Infinity }))
    .sort((a, b) => a.mean - b.mean || firstMember[a.c]! - firstMember[b.c]!)
    .map((x) => x.c);
  const memberLists = order.map((c) => measured.filter((_, i) => result.assignment[i] === c));
  return buildGrouping(themes, memberLists, unplaced);
}

function bare(p: GroupingParticipant): GroupingParticipant {
  return { id: p.id, name: p.name, mastery: p.mastery };
}

/**
 * The mediator moves one person (a member or an unplaced participant) to another group. Groups keep
 * their order and names; centres, labels, explanations and quality are recomputed. A group cannot
 * be left empty (Conflict); an unknown person is NotFound.
 */
export function moveMember(grouping: Grouping, memberId: string, toGroupIndex: number): Grouping {
  if (!Number.isInteger(toGroupIndex) || toGroupIndex < 0 || toGroupIndex >= grouping.groups.length) {
    throw new RangeError(`no group at index ${toGroupIndex}`);
  }
  const lists = grouping.groups.map((g) => g.members.map(bare));
  let unplaced = grouping.unplaced.map(bare);
  let moving: GroupingParticipant | undefined;
  const from = lists.findIndex((ms) => ms.some((m) => m.id === memberId));
  if (from >= 0) {
    if (from === toGroupIndex) return grouping;
    if (lists[from]!.length === 1) {
      throw new Conflict(`Le ${grouping.groups[from]!.name} ne peut pas rester vide : ajoutez-y d'abord une autre personne.`);
    }
    moving = lists[from]!.find((m) => m.id === memberId);
    lists[from] = lists[from]!.filter((m) => m.id !== memberId);
  } else {
    moving = unplaced.find((m) => m.id === memberId);
    if (!moving) throw new NotFound("Cette personne ne fait pas partie des groupes.");
    unplaced = unplaced.filter((m) => m.id !== memberId);
  }
  lists[toGroupIndex]!.push(moving!);
  return buildGrouping(grouping.themes, lists, unplaced);
}

/** How tight and how separated the groups are (within-group SS and mean simplified silhouette). */
export function groupingQuality(grouping: Grouping): GroupingQuality {
  const vectors = grouping.groups.map((g) => g.members.map((m) => vectorOf(m, grouping.themes)));
  const centres = grouping.groups.map((g) => grouping.themes.map((t) => g.centroid[t.id] ?? NaN));
  return qualityOf(vectors, centres);
}
