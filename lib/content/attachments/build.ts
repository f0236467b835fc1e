// Builds the attachments of content/attachments/files/ from their sources in content/attachments/sources/.
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { writeDocx, writeOdt, writePdf, writeTxt } from "./document";
import { attachmentSourceSchema, extensionOf, toModel, type DocumentModel, type SpreadsheetModel } from "./source";
import { writeCsv, writeOds, writeXlsx } from "./spreadsheet";

export type BuiltAttachment = { source: string; output: string; bytes: Buffer };
export type BuildProblem = { source: string; message: string };

/** Parses and validates one source file; returns the problems instead when it is invalid. */
export function readAttachmentSource(file: string): { output: string; model: SpreadsheetModel | DocumentModel } | { problems: string[] } {
  let data: unknown;
  try {
    const doc = YAML.parseDocument(fs.readFileSync(file, "utf8"), { uniqueKeys: true });
    if (doc.errors.length) return { problems: doc.errors.map((e) => `YAML syntax: ${e.message.split("\n")[0]}`) };
    data = doc.toJS();
  } catch (e) {
    return { problems: [(e as Error).message] };
  }
  const parsed = attachmentSourceSchema.safeParse(data);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`) };
  const model = toModel(parsed.data);
  if ("problems" in model) return model;
  return { output: parsed.data.output, model };
}

export async function renderAttachment(output: string, model: SpreadsheetModel | DocumentModel, fontDir?: string): Promise<Buffer> {
  const ext = extensionOf(output);
  if (model.kind === "spreadsheet") {
    if (ext === "xlsx") return writeXlsx(model);
    if (ext === "ods") return writeOds(model);
    return writeCsv(model);
  }
  if (ext === "docx") return writeDocx(model);
  if (ext === "odt") return writeOdt(model);
  if (ext === "pdf") return writePdf(model, fontDir);
  return writeTxt(model);
}

/** Builds every source of `contentDir`/attachments/sources; writes nothing (see the script). */
export async function buildAttachments(contentDir: string): Promise<{ built: BuiltAttachment[]; problems: BuildProblem[] }> {
  const sourcesDir = path.join(contentDir, "attachments", "sources");
  const fontDir = path.join(contentDir, "attachments", "fonts");
  const built: BuiltAttachment[] = [];
  const problems: BuildProblem[] = [];
  const outputs = new Map<string, string>();
  const files = fs.existsSync(sourcesDir) ? fs.readdirSync(sourcesDir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  for (const name of files) {
    const source = path.join("attachments", "sources", name);
    const result = readAttachmentSource(path.join(sourcesDir, name));
    if ("problems" in result) {
      for (const message of result.problems) problems.push({ source, message });
      continue;
    }
    const other = outputs.get(result.output);
    if (other) {
      problems.push({ source, message: `output ${result.output} is also written by ${other}` });
      continue;
    }
    outputs.set(result.output, source);
    try {
      built.push({ source, output: result.output, bytes: await renderAttachment(result.output, result.model, fontDir) });
    } catch (e) {
      problems.push({ source, message: `cannot write ${result.output}: ${(e as Error).message}` });
    }
  }
  return { built, problems };
}
