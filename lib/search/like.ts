// Typed search texts in SQL LIKE patterns: taken literally, whatever they hold.

/** Escapes % _ and \ for a LIKE pattern (default escape character); drops NUL, which PostgreSQL refuses. */
export function escapeLike(text: string): string {
  return text.replace(/\u0000/g, "").replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A typed text as a LIKE pattern that matches it anywhere. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
