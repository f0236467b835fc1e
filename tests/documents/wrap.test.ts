import { wrapText, type WrapOptions } from "@/lib/documents/wrap";

// One unit per character: widths are easy to count in the table.
const chars = (s: string) => Array.from(s).length;
const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("wrapText", () => {
  // One row per behaviour: name, text, column width, expected lines, options.
  const row = (name: string, text: string, width: number, expected: string[], options?: WrapOptions) => ({ name, text, width, expected, options });
  test.each([
    row("a text that fits stays on one line", "Bonjour à tous", 20, ["Bonjour à tous"]),
    row("breaks at ordinary spaces, as late as possible", "un deux trois quatre", 9, ["un deux", "trois", "quatre"]),
    row("a line may be exactly as wide as the column", "abc def", 7, ["abc def"]),
    row("non-breaking spaces keep a time together", `Rendez-vous à 12${NBSP}h${NBSP}30 demain`, 14, ["Rendez-vous à", `12${NBSP}h${NBSP}30 demain`]),
    row("a narrow non-breaking space keeps « : » with its word", `Prix${NNBSP}: 5${NBSP}€ par mois`, 10, [`Prix${NNBSP}: 5${NBSP}€`, "par mois"]),
    row("« ! » typed after an ordinary space never starts a line", "Bonjour à tous !", 14, ["Bonjour à", "tous !"]),
    row("« : » typed after an ordinary space never starts a line", "Objet de la lettre : rappel", 18, ["Objet de la", "lettre : rappel"]),
    row("guillemets stay with the words they enclose", "Il a dit « bonjour » hier", 12, ["Il a dit", "« bonjour »", "hier"]),
    row("the French rule can be turned off", "Bonjour à tous !", 14, ["Bonjour à tous", "!"], { frenchPunctuation: false }),
    row("a word longer than the line is cut", "anticonstitutionnellement", 10, ["anticonsti", "tutionnell", "ement"]),
    row("a long word after short ones starts a new line before being cut", "le mot anticonstitutionnellement", 10, ["le mot", "anticonsti", "tutionnell", "ement"]),
    row("a character wider than the line still moves on", "ab", 0.5, ["a", "b"]),
    row("accented letters count as one character", "élève éâœ", 5, ["élève", "éâœ"]),
    row("a line break in the text is kept", "un\ndeux", 20, ["un", "deux"]),
    row("an empty line is kept", "un\n\ndeux", 20, ["un", "", "deux"]),
    row("runs of spaces count as one", "un    deux", 20, ["un deux"]),
  ])("$name", ({ text, width, expected, options }) => {
    expect(wrapText(text, chars, width, options)).toEqual(expected);
  });

  test("no line is wider than the column, and no text is lost", () => {
    const text = "Médiathèque Émile-Zola d’Évry : ateliers numériques « pour tous » le mardi à 14 h, salle 2 ! Inscription conseillée.";
    const lines = wrapText(text, chars, 17);
    for (const line of lines) expect(chars(line)).toBeLessThanOrEqual(17);
    expect(lines.join(" ")).toBe(text);
  });
});
