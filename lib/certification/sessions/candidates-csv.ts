// The candidates' CSV file (pure): the template, and a tolerant parser that reports each bad
// row with its line number and the reason, in French.
import { birthDateProblem, emailProblem, extraTimeProblem, normaliseBirthDate, parseExtraTime } from "./schemas";
import { identityKey } from "./duplicates";

export const CSV_HEADERS = ["Nom", "Prénom", "Date de naissance (JJ/MM/AAAA)", "Temps majoré (%)", "E-mail"] as const;
export const MAX_CSV_ROWS = 500;
export const MAX_CSV_BYTES = 1024 * 1024;

/** The downloadable template: UTF-8 BOM, ";" separator, French headers, one example row. */
export function candidatesTemplateCsv(): string {
  return "\uFEFF" + CSV_HEADERS.join(";") + "\r\n" + "Martin;Laura;14/03/1985;0;laura.martin@exemple.fr\r\n";
}

/** Splits CSV text into records of fields (RFC 4180 quotes, "" escapes, CRLF or LF), with each record's starting line. */
export function splitCsv(text: string, separator: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const end = () => {
    fields.push(field);
    out.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === "\n") line += 1;
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (ch === separator) {
      fields.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      i += 1;
      continue;
    } else if (ch === "\n" || ch === "\r") {
      end();
      line += 1;
      recordLine = line;
    } else field += ch;
    i += 1;
  }
  if (field !== "" || fields.length > 0) end();
  return out;
}

export type ParsedCandidate = { lastName: string; firstName: string; birthDate: string; extraTimePercent: number; email: string | null; line: number };

export type CsvParseResult = { ok: true; candidates: ParsedCandidate[] } | { ok: false; errors: string[] };

const normHeader = (h: string) =>
  h
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

/**
 * Parses the file's text. Every problem is reported ("Ligne 3 : …"); candidates are returned
 * only when there is none. `existing` are the candidates already in the session (duplicates).
 */
export function parseCandidatesCsv(raw: string, today: string, existing: readonly { lastName: string; firstName: string; birthDate: string }[] = []): CsvParseResult {
  const text = raw.replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const separator = firstLine.includes(";") ? ";" : ",";
  const records = splitCsv(text, separator).filter((r) => r.fields.some((f) => f.trim() !== ""));
  if (records.length === 0) return { ok: false, errors: ["Le fichier est vide : il doit contenir la ligne d'en-tête puis un candidat par ligne."] };
  const header = records[0]!.fields.map(normHeader);
  if (header.length < 3 || !header[0]!.startsWith("nom") || !header[1]!.startsWith("prenom") || !header[2]!.startsWith("datedenaissance"))
    return { ok: false, errors: [`Ligne 1 : les colonnes attendues sont « ${CSV_HEADERS.join(" ; ")} ». Partez du modèle à télécharger.`] };
  const rows = records.slice(1);
  if (rows.length === 0) return { ok: false, errors: ["Le fichier ne contient aucun candidat."] };
  if (rows.length > MAX_CSV_ROWS) return { ok: false, errors: [`Le fichier contient ${rows.length} candidats : ${MAX_CSV_ROWS} au plus par import.`] };
  const errors: string[] = [];
  const candidates: ParsedCandidate[] = [];
  const seen = new Map<string, number>();
  const already = new Set(existing.map(identityKey));
  for (const { line, fields } of rows) {
    const [lastName = "", firstName = "", birth = "", extra = "", email = ""] = fields.map((f) => f.trim());
    const problems: string[] = [];
    if (!lastName) problems.push("le nom est vide");
    else if (lastName.length > 100) problems.push("le nom fait plus de 100 caractères");
    if (!firstName) problems.push("le prénom est vide");
    else if (firstName.length > 100) problems.push("le prénom fait plus de 100 caractères");
    const b = birthDateProblem(birth, today);
    if (b) problems.push(lowerFirst(b.replace(/\.$/, "")));
    const x = extraTimeProblem(extra);
    if (x) problems.push(lowerFirst(x.replace(/\.$/, "")));
    const m = emailProblem(email);
    if (m) problems.push(lowerFirst(m.replace(/\.$/, "")));
    if (problems.length === 0) {
      const candidate = { lastName, firstName, birthDate: normaliseBirthDate(birth)!, extraTimePercent: parseExtraTime(extra), email: email ? email.toLowerCase() : null, line };
      const key = identityKey(candidate);
      if (already.has(key)) problems.push(`${firstName} ${lastName} (né(e) le ${birth}) est déjà inscrit(e) à cette session`);
      else if (seen.has(key)) problems.push(`${firstName} ${lastName} (né(e) le ${birth}) figure déjà à la ligne ${seen.get(key)}`);
      else {
        seen.set(key, line);
        candidates.push(candidate);
      }
    }
    if (problems.length) errors.push(`Ligne ${line} : ${problems.join(" ; ")}.`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, candidates };
}

function lowerFirst(s: string): string {
  return s ? s[0]!.toLowerCase() + s.slice(1) : s;
}
