/** One problem found in the content: which file, which id (when known), what is wrong. */
export type ContentProblem = { file: string; id?: string; message: string };

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.id ? ` [${p.id}]` : ""}: ${p.message}`;
}

/** Thrown by the loader with every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Invalid content: ${problems.length} problem${problems.length > 1 ? "s" : ""}\n` +
        problems.map((p) => `- ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}
