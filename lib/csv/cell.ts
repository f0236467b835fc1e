// CSV for Excel (French locale) and LibreOffice: ";" separator, CRLF, decimal comma, French dates
// in Europe/Paris time, and text cells protected against formula injection. Pure.

/** What a cell can hold. Percentages are plain numbers chosen by the caller (e.g. 42.5 for 42,5 %). */
export type CsvValue = string | number | bigint | Date | boolean | null | undefined;

/** UTF-8 byte order mark: without it Excel reads UTF-8 as Windows-1252 and breaks accents. */
export const CSV_BOM = "\uFEFF";
export const CSV_SEPARATOR = ";";
export const CSV_LINE_END = "\r\n";

/** Leading characters that make a spreadsheet treat text as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

const parisDateTime = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "05/12/2026 14:03", wall-clock time in Paris (summer and winter time handled by Intl). */
export function formatParisDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const part: Record<string, string> = {};
  for (const p of parisDateTime.formatToParts(date)) part[p.type] = p.value;
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

/** Decimal comma, no thousands separator, never an exponent. Non-finite numbers give an empty cell. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return "";
  let text = String(n);
  if (text.includes("e")) {
    // ≥ 1e21 is always an integer in binary floating point; below 1e-6 write the zeros out
    text = Math.abs(n) >= 1 ? BigInt(n).toString() : n.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
  }
  if (/^-0(\.0*)?$/.test(text)) text = "0";
  return text.replace(".", ",");
}

/** Text cell: leading apostrophe against formulas, then quotes (doubled inside) when needed. */
export function formatText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * One cell, ready to join with ";". Numbers are written as numbers (a negative number is not
 * "protected"); only text can be a formula. Booleans read "Oui"/"Non"; null and undefined are empty.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "Oui" : "Non";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return formatParisDateTime(value);
  return formatText(value);
}

/** One record, cells joined by ";" and ended by CRLF. */
export function csvRow(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR) + CSV_LINE_END;
}

/** Anything a data source yields, as a cell value: unknown objects are written as their text. */
export function toCsvValue(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "number":
    case "bigint":
    case "boolean":
      return value;
    default:
      return value instanceof Date ? value : String(value);
  }
}
