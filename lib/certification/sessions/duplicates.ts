/** Two candidates are the same person when their names (case and accents ignored) and birth date match. */
export function identityKey(c: { lastName: string; firstName: string; birthDate: string }): string {
  const norm = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[\s'’-]+/g, " ")
      .trim();
  return `${norm(c.lastName)}|${norm(c.firstName)}|${c.birthDate}`;
}
