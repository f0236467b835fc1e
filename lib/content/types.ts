// The referential as the rest of the application sees it, once loaded and validated.
// Shared contract between lib/content (loader), lib/answers, lib/engine, lib/scoring and the app.

export type AreaCode = "1" | "2" | "3" | "4" | "5";

export type Area = {
  code: AreaCode;
  name: string;
  /** design token name, e.g. "area-1" */
  color: string;
};

export type Competence = {
  /** stable id, e.g. "competence-1.1" */
  id: string;
  /** public code, e.g. "1.1" */
  code: string;
  name: string;
  description: string;
  areaCode: AreaCode;
};

export type Tube = {
  /** stable id, equal to its name, e.g. "@rechercheWeb" */
  id: string;
  /** "@" + camelCase keyword, unique in the referential */
  name: string;
  /** short title in plain French, e.g. "Utiliser un moteur de recherche" */
  title: string;
  /** what this tube covers, one plain sentence */
  description: string;
  competenceId: string;
};

/** An exact fraction of pix: num / den, reduced. */
export type Fraction = { num: number; den: number };

export type Skill = {
  /** stable id, equal to its name: tube name + level, e.g. "@rechercheWeb3" */
  id: string;
  name: string;
  tubeId: string;
  competenceId: string;
  /** 1 to 8 */
  level: number;
  active: boolean;
  /** computed at load: 8 / (active skills of the same competence and level), at most 4 */
  pix: Fraction;
  /** the same as a float, for display and export only; never sum it */
  pixValue: number;
  /** tutorial ids "pour réussir la prochaine fois" */
  successTutorialIds: string[];
  /** tutorial ids "pour en apprendre davantage" */
  learnMoreTutorialIds: string[];
};

export type Tolerance = "T1" | "T2" | "T3";

export type ChallengeType = "QCU" | "QCM" | "QROC" | "QROCM-ind" | "QROCM-dep" | "SIMULATOR";

export type Proposal = {
  /** opaque id used in forms, stable per challenge ("1", "2", …: position in the file) */
  id: string;
  text: string;
};

export type Field = {
  /** key of the field in forms, e.g. "ville" */
  key: string;
  label: string;
  /** "text" (default) or "number": numbers compare as numbers, "3,5" = "3.5" */
  format: "text" | "number";
  placeholder?: string;
};

/** Solutions, kept server-side only. */
export type Solution =
  | { type: "QCU"; proposalId: string }
  | { type: "QCM"; proposalIds: string[] }
  /** QROC and QROCM-ind: accepted variants per field key */
  | { type: "QROC" | "QROCM-ind"; variants: Record<string, string[]> }
  /** QROCM-dep: each field must match a distinct group; any order */
  | { type: "QROCM-dep"; groups: string[][] }
  /**
   * SIMULATOR: scenario and goal as parsed by the simulator's own schemas (lib/simulators), with
   * the author's path to the goal and plausible mistakes (actions as a form posts them).
   */
  | { type: "SIMULATOR"; simulator: string; scenario: unknown; goal: unknown; walkthrough: Record<string, string | string[]>[]; wrongPaths: Record<string, string | string[]>[][] };

export type Media = { file: string; alt: string };

export type Challenge = {
  /** stable id, "ch-…" */
  id: string;
  skillId: string;
  type: ChallengeType;
  /** plain-text instruction; blank lines separate paragraphs, lines starting with "- " are list items */
  instruction: string;
  proposals: Proposal[];
  fields: Field[];
  solution: Solution;
  tolerances: Tolerance[];
  /** answers written by the author that the checker must reject (free answers only) */
  nearMisses: string[] | Record<string, string>[];
  explanation: string;
  illustration?: Media;
  /** file name under content/attachments/files/ that must be opened to answer */
  attachment?: string;
  /** seconds, or null */
  timer: number | null;
  focused: boolean;
  /** proposals shuffled per learner (deterministically) */
  shuffle: boolean;
  active: boolean;
};

export type TutorialKind = "success" | "learnMore";

export type Tutorial = {
  /** stable id, "tuto-…" */
  id: string;
  title: string;
  /** estimated reading time in minutes */
  duration: number;
  /** plain text; blank lines separate paragraphs, "- " list items, "1. " steps */
  body: string;
  illustration?: Media;
  sources: { title: string; url: string }[];
};

export type TargetProfile = {
  id: string;
  name: string;
  description: string;
  /** "general" profiles are open to every organisation; "abc" ones to organisations with ABC Pix access */
  family: "general" | "abc";
  tubes: { tubeId: string; maxLevel: number }[];
  /** how results and progress are grouped: the themes the file lists, else one per competence (in referential order) */
  themes: { id: string; name: string; tubeIds: string[] }[];
  stages: { threshold: number; title: string; learnerMessage: string; mediatorMessage?: string }[];
};

/** ABC Diag (content/abc-diag.yaml): a fixed list of questions, each showing one gesture of one dimension. */
export type AbcDiag = {
  name: string;
  description: string;
  minutes: { min: number; max: number };
  dimensions: { id: string; name: string; description: string; workOn: string }[];
  /** in the order asked; challenge.skillId is "abc-diag" (these questions feed no profile) */
  questions: { dimension: string; gesture: string; challenge: Challenge }[];
};

export type Referential = {
  /** content hash, recorded with every answer */
  version: string;
  areas: Area[];
  competences: Competence[];
  tubes: Tube[];
  skills: Skill[];
  challenges: Challenge[];
  tutorials: Tutorial[];
  targetProfiles: TargetProfile[];
  /** null when content/abc-diag.yaml does not exist (test fixtures) */
  abcDiag: AbcDiag | null;
};
