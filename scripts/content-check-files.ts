// npm run content:check-files
// Opens every file of content/attachments/files/ with LibreOffice (converting it to PDF) and
// fails, naming the file, when one does not open. Prints one line per file and a summary.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const TIMEOUT_MS = 180_000;

const isPdf = (file: string) => /\.pdf$/i.test(file);

function convert(files: string[], outDir: string, profileDir: string): { ok: boolean; output: string } {
  // A PDF opens in Writer through its PDF import filter (works without LibreOffice Draw installed).
  const infilter = files.every(isPdf) ? ["--infilter=writer_pdf_import"] : [];
  const result = spawnSync(
    "soffice",
    [`-env:UserInstallation=${pathToFileURL(profileDir).href}`, "--headless", "--norestore", "--nologo", ...infilter, "--convert-to", "pdf", "--outdir", outDir, ...files],
    { encoding: "utf8", timeout: TIMEOUT_MS },
  );
  if (result.error) return { ok: false, output: result.error.message };
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

function converted(file: string, outDir: string): boolean {
  const pdf = path.join(outDir, path.basename(file).replace(/\.[^.]+$/, "") + ".pdf");
  try {
    const head = Buffer.alloc(5);
    const fd = fs.openSync(pdf, "r");
    fs.readSync(fd, head, 0, 5, 0);
    fs.closeSync(fd);
    return head.toString("latin1") === "%PDF-" && fs.statSync(pdf).size > 200;
  } catch {
    return false;
  }
}

function main() {
  const filesDir = path.join(process.cwd(), "content", "attachments", "files");
  const files = fs.existsSync(filesDir)
    ? fs
        .readdirSync(filesDir)
        .filter((f) => !f.startsWith(".") && fs.statSync(path.join(filesDir, f)).isFile())
        .sort()
        .map((f) => path.join(filesDir, f))
    : [];
  if (files.length === 0) {
    console.log("0 passed, 0 failed (no file in content/attachments/files/)");
    return;
  }
  const which = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (which.error) {
    console.error("LibreOffice (soffice) is not installed: cannot check the attachments.");
    process.exit(1);
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pix-check-files-"));
  const profile = path.join(tmp, "profile");
  try {
    // PDFs need their own import filter, so they go in their own batches. Files with the same base
    // name (a.docx, a.ods) would overwrite each other's PDF: they go in different batches.
    const batches: string[][] = [];
    for (const file of files) {
      const base = path.basename(file).replace(/\.[^.]+$/, "");
      const batch = batches.find((b) => isPdf(b[0]) === isPdf(file) && !b.some((f) => path.basename(f).replace(/\.[^.]+$/, "") === base));
      if (batch) batch.push(file);
      else batches.push([file]);
    }
    const results = new Map<string, boolean>();
    batches.forEach((batch, i) => {
      const out = path.join(tmp, `out-${i}`);
      convert(batch, out, profile);
      for (const file of batch) results.set(file, converted(file, out));
    });
    // A crash in a batch can take the files after it down too: try each failure again on its own.
    for (const file of files.filter((f) => !results.get(f))) {
      const out = path.join(tmp, `retry-${path.basename(file)}`);
      convert([file], out, profile);
      results.set(file, converted(file, out));
    }
    let passed = 0;
    for (const file of files) {
      const ok = results.get(file) === true;
      if (ok) passed++;
      console.log(`${ok ? "ok    " : "FAILED"}  ${path.relative(process.cwd(), file)}`);
    }
    const failed = files.length - passed;
    console.log(`${passed} passed, ${failed} failed`);
    if (failed > 0) process.exitCode = 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
