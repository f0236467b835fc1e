// Public shapes of the homogeneous-groups module (Pix Orga). Pure data, no behaviour.

export interface GroupingTheme {
  id: string;
  /** Plain-French name as it should read in a sentence, e.g. "la messagerie". */
  name: string;
}

export interface GroupingParticipant {
  id: string;
  /** Display name shown to the mediator. */
  name: string;
  /** Mastery per theme id, in [0, 1]; null or absent = not measured for this person. */
  mastery: Readonly<Record<string, number | null | undefined>>;
}

export interface FormGroupsInput {
  participants: readonly GroupingParticipant[];
  themes: readonly GroupingTheme[];
  /** Number of groups wanted, 2..10 and at most the number of participants with a result. */
  k: number;
  /** Any string (e.g. the campaign id): same input and seed give the same groups. */
  seed: string;
  /** k-means runs from different k-means++ starts; the lowest within-group sum of squares wins. */
  restarts?: number;
}

export type MasteryLevel = "faible" | "moyen" | "bien";

/** One theme where a member resembles their group. */
export interface ThemeMatch {
  themeId: string;
  themeName: string;
  /** The member's own mastery. */
  value: number;
  /** The group centre's mastery on this theme. */
  groupValue: number;
  level: MasteryLevel;
}

/** Why a member is in their group. Distances are root-mean-square gaps per measured theme, in [0, 1]. */
export interface MemberWhy {
  distanceToOwn: number;
  /** Index (0-based) of the closest other group. */
  nextGroupIndex: number;
  distanceToNext: number;
  /** Up to 3 themes where the member is closest to the group centre, closest first. */
  closestThemes: ThemeMatch[];
  /** True when, after a manual move, another group's centre is closer than the member's own. */
  closerElsewhere: boolean;
  /** One or two plain-French sentences for the page. */
  text: string;
}

export interface GroupMember extends GroupingParticipant {
  why: MemberWhy;
}

export interface Group {
  /** 0-based position; groups go from the weakest mean mastery to the strongest. */
  index: number;
  /** "Groupe 1", "Groupe 2"… */
  name: string;
  /** Sorted by display name, then id. */
  members: GroupMember[];
  /** Mean mastery per theme over the members measured on it; null when none was. */
  centroid: Record<string, number | null>;
  /** Mean of the centroid over its measured themes; null when no theme was measured. */
  meanMastery: number | null;
  /** Theme ids whose centre is "faible", weakest first. */
  toWork: string[];
  /** Theme ids whose centre is "bien", strongest first. */
  atEase: string[];
  /** e.g. "À travailler : la messagerie, les démarches en ligne · À l'aise : les outils". */
  label: string;
}

export interface GroupingQuality {
  /** Sum over members of the squared (rescaled) distance to their group centre. Lower is tighter. */
  withinSS: number;
  /** Mean simplified silhouette in [-1, 1]: 1 = well separated, 0 = overlapping, < 0 = misplaced. */
  silhouette: number;
  separation: "bonne" | "moyenne" | "faible";
  /** Sentence for the page, e.g. "Groupes bien séparés". */
  summary: string;
}

export interface Grouping {
  themes: GroupingTheme[];
  groups: Group[];
  /** Participants with no measured theme: not grouped, for the mediator to place by hand. */
  unplaced: GroupingParticipant[];
  quality: GroupingQuality;
}
