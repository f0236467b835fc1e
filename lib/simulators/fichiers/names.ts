// Names of files and folders: the rules the simulated computer applies when one is typed,
// how two names are compared, and how a file's type, size and date are written in French. Pure.

export const FORBIDDEN_CHARACTERS = '\\ / : * ? " < > |';
const FORBIDDEN = /[\\/:*?"<>|]/;
export const MAX_NAME_LENGTH = 120;

/** What is wrong with a typed name (already trimmed), in the words of the simulated computer; null if it is fine. */
export function nameProblem(name: string): string | null {
  if (name === "") return "Tapez un nom.";
  if (FORBIDDEN.test(name)) return `Un nom ne peut pas contenir les caractères suivants : ${FORBIDDEN_CHARACTERS}`;
  if (name.length > MAX_NAME_LENGTH) return `Ce nom est trop long : ${MAX_NAME_LENGTH} caractères au plus.`;
  if (/^\.+$/.test(name)) return "Un nom ne peut pas être fait seulement de points.";
  return null;
}

/** Tidies a typed name: Unicode NFC, spaces at both ends removed (as the computer does). */
export function tidyName(raw: string): string {
  return raw.normalize("NFC").replace(/[\s\u00a0\u202f]+/g, " ").trim();
}

/** Names compare without regard to upper and lower case (as on Windows); accents and extensions count. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export function nameKey(name: string): string {
  return tidyName(name).toLocaleLowerCase("fr");
}

/** The extension of a file name, lower case, without the dot ("" when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLocaleLowerCase("fr") : "";
}

const TYPES: Record<string, string> = {
  pdf: "Document PDF",
  doc: "Document Word",
  docx: "Document Word",
  odt: "Document texte OpenDocument",
  txt: "Document texte",
  rtf: "Document texte enrichi",
  xls: "Feuille de calcul Excel",
  xlsx: "Feuille de calcul Excel",
  ods: "Feuille de calcul OpenDocument",
  csv: "Fichier CSV (tableau)",
  ppt: "Présentation PowerPoint",
  pptx: "Présentation PowerPoint",
  odp: "Présentation OpenDocument",
  jpg: "Image JPEG",
  jpeg: "Image JPEG",
  png: "Image PNG",
  gif: "Image GIF",
  heic: "Image HEIC",
  mp4: "Vidéo MP4",
  mov: "Vidéo MOV",
  avi: "Vidéo AVI",
  mp3: "Fichier audio MP3",
  wav: "Fichier audio WAV",
  zip: "Dossier compressé (ZIP)",
  exe: "Application",
  msi: "Programme d'installation",
  html: "Page web",
};

/** The type of a file in words, from its extension: "Document PDF". */
export function typeInWords(name: string): string {
  const ext = extensionOf(name);
  if (ext === "") return "Fichier";
  return TYPES[ext] ?? `Fichier ${ext.toUpperCase()}`;
}

/** What kind of icon a file gets. */
export type IconKind = "folder" | "pdf" | "text" | "word" | "sheet" | "slides" | "image" | "video" | "audio" | "archive" | "app" | "file";

export function iconOf(name: string): IconKind {
  const ext = extensionOf(name);
  if (ext === "pdf") return "pdf";
  if (["txt", "rtf", "csv"].includes(ext)) return "text";
  if (["doc", "docx", "odt"].includes(ext)) return "word";
  if (["xls", "xlsx", "ods"].includes(ext)) return "sheet";
  if (["ppt", "pptx", "odp"].includes(ext)) return "slides";
  if (["jpg", "jpeg", "png", "gif", "heic"].includes(ext)) return "image";
  if (["mp4", "mov", "avi"].includes(ext)) return "video";
  if (["mp3", "wav"].includes(ext)) return "audio";
  if (ext === "zip") return "archive";
  if (["exe", "msi"].includes(ext)) return "app";
  return "file";
}

/** A number with a French decimal comma and at most one decimal: 3.25 → "3,3"; 12 → "12". */
function decimal(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  const [int, frac] = String(rounded).split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return frac ? `${grouped},${frac}` : grouped;
}

/** A size given in Ko, as the explorer writes it: "245 Ko", "3,2 Mo", "1,5 Go". */
export function formatSize(ko: number): string {
  if (ko < 1) return "1 Ko";
  if (ko < 1000) return `${Math.round(ko)} Ko`;
  if (ko < 1_000_000) return `${decimal(ko / 1000)} Mo`;
  return `${decimal(ko / 1_000_000)} Go`;
}

/** "2026-03-12T10:15" → "12/03/2026 10:15"; "2026-03-12" → "12/03/2026". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const date = `${m[3]}/${m[2]}/${m[1]}`;
  return m[4] ? `${date} ${m[4]}:${m[5]}` : date;
}

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** "2026-03-12T10:15" → "12 mars 2026 à 10 h 15", for screen readers and the viewer. */
export function formatDateLong(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const day = Number(m[3]) === 1 ? "1er" : String(Number(m[3]));
  const date = `${day} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  return m[4] ? `${date} à ${Number(m[4])} h ${m[5]}` : date;
}
