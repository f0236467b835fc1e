// Reads the text of the PDFs we write (pdf-lib + embedded subset fonts), without a PDF library:
// finds the pages, inflates their content streams (node:zlib), takes the strings shown by
// Tj / TJ / ' / " and maps the glyph ids back to characters through each font's /ToUnicode CMap.
// Each text run drawn becomes one line of the result; pages are separated by "\f".
// Plain Node (no jest API): usable from jest, tsx scripts and browser-test processes.
// It is not a general PDF reader: no encryption, no xref-stream-only files, no other filters.
import zlib from "node:zlib";

type Value = number | boolean | null | Name | Ref | Bytes | Value[] | Dict | Op;
class Name { constructor(readonly name: string) {} } // prettier-ignore
class Ref { constructor(readonly num: number) {} } // prettier-ignore
class Bytes { constructor(readonly bytes: Buffer) {} } // prettier-ignore
class Op { constructor(readonly op: string) {} } // prettier-ignore
class Dict { constructor(readonly entries: Map<string, Value>) {} } // prettier-ignore

interface PdfObject {
  value: Value;
  stream?: Buffer;
}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([..."()<>[]{}/%"].map((c) => c.charCodeAt(0)));

/** A tokenizer-parser for PDF objects and content streams (both use the same syntax). */
class Parser {
  constructor(
    readonly buf: Buffer,
    public pos = 0,
  ) {}

  skipSpace(): void {
    const b = this.buf;
    while (this.pos < b.length) {
      if (WHITE.has(b[this.pos])) this.pos++;
      else if (b[this.pos] === 0x25 /* % */) while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      else break;
    }
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.buf.length;
  }

  private word(): string {
    const start = this.pos;
    while (this.pos < this.buf.length && !WHITE.has(this.buf[this.pos]) && !DELIM.has(this.buf[this.pos])) this.pos++;
    return this.buf.toString("latin1", start, this.pos);
  }

  value(): Value {
    this.skipSpace();
    const b = this.buf;
    const c = String.fromCharCode(b[this.pos]);
    if (c === "<" && b[this.pos + 1] === 0x3c) {
      this.pos += 2;
      const entries = new Map<string, Value>();
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x3e) {
          this.pos += 2;
          return new Dict(entries);
        }
        const key = this.value();
        entries.set(key instanceof Name ? key.name : String(key), this.value());
      }
    }
    if (c === "<") {
      const end = b.indexOf(0x3e, this.pos);
      const hex = b.toString("latin1", this.pos + 1, end).replace(/\s+/g, "");
      this.pos = end + 1;
      return new Bytes(Buffer.from(hex.length % 2 ? `${hex}0` : hex, "hex"));
    }
    if (c === "(") return new Bytes(this.literal());
    if (c === "[") {
      this.pos++;
      const items: Value[] = [];
      while (!this.atEnd() && b[this.pos] !== 0x5d) items.push(this.value());
      this.pos++;
      return items;
    }
    if (c === "/") {
      this.pos++;
      return new Name(this.word().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    }
    const w = this.word() || String.fromCharCode(b[this.pos++]);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) {
      const ref = /^\s+(\d+)\s+R(?![A-Za-z])/.exec(b.toString("latin1", this.pos, this.pos + 24));
      if (/^\d+$/.test(w) && ref) {
        this.pos += ref[0].length;
        return new Ref(Number(w));
      }
      return Number(w);
    }
    if (w === "true" || w === "false") return w === "true";
    if (w === "null") return null;
    return new Op(w);
  }

  private literal(): Buffer {
    const b = this.buf;
    const out: number[] = [];
    let depth = 0;
    this.pos++;
    for (;;) {
      const ch = b[this.pos++];
      if (ch === 0x29 /* ) */ && depth === 0) break;
      if (ch === 0x28) depth++;
      if (ch === 0x29) depth--;
      if (ch !== 0x5c /* \ */) {
        out.push(ch);
        continue;
      }
      const e = b[this.pos++];
      const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
      if (e in simple) out.push(simple[e]);
      else if (e >= 0x30 && e <= 0x37) {
        let oct = String.fromCharCode(e);
        while (oct.length < 3 && b[this.pos] >= 0x30 && b[this.pos] <= 0x37) oct += String.fromCharCode(b[this.pos++]);
        out.push(parseInt(oct, 8) & 255);
      } else if (e === 0x0d || e === 0x0a) {
        if (e === 0x0d && b[this.pos] === 0x0a) this.pos++;
      } else out.push(e);
    }
    return Buffer.from(out);
  }
}

/** Every indirect object of the file, including those packed in object streams. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const text = pdf.toString("latin1");
  const header = /(\d+)\s+\d+\s+obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = header.exec(text))) {
    const p = new Parser(pdf, m.index + m[0].length);
    const value = p.value();
    const entry: PdfObject = { value };
    const after = /^\s*stream\r?\n/.exec(text.slice(p.pos, p.pos + 16));
    if (after && value instanceof Dict) {
      const start = p.pos + after[0].length;
      const length = value.entries.get("Length");
      const end = typeof length === "number" ? start + length : text.indexOf("endstream", start);
      entry.stream = pdf.subarray(start, end);
      header.lastIndex = end;
    }
    objects.set(Number(m[1]), entry);
  }
  for (const { value, stream } of [...objects.values()]) {
    if (!(value instanceof Dict) || !stream || (value.entries.get("Type") as Name | undefined)?.name !== "ObjStm") continue;
    const data = decode(value, stream);
    const p = new Parser(data);
    const n = value.entries.get("N") as number;
    const first = value.entries.get("First") as number;
    const pairs = Array.from({ length: 2 * n }, () => p.value() as number);
    for (let i = 0; i < n; i++) objects.set(pairs[2 * i], { value: new Parser(data, first + pairs[2 * i + 1]).value() });
  }
  return objects;
}

function decode(dict: Dict, stream: Buffer): Buffer {
  const filter = dict.entries.get("Filter");
  const names = (Array.isArray(filter) ? filter : filter ? [filter] : []).map((f) => (f as Name).name);
  return names.reduce((data, name) => {
    if (name !== "FlateDecode") throw new Error(`pdf-text: unsupported filter ${name}`);
    return zlib.inflateSync(data);
  }, stream);
}

/** Glyph code → text, from a /ToUnicode CMap (bfchar and bfrange sections). */
function readCMap(data: Buffer): { map: Map<number, string>; bytes: number } {
  const map = new Map<number, string>();
  const p = new Parser(data);
  const utf16 = (b: Buffer) => String.fromCharCode(...Array.from({ length: b.length >> 1 }, (_, i) => b.readUInt16BE(2 * i)));
  let bytes = 2;
  let section = "";
  const pending: Value[] = [];
  while (!p.atEnd()) {
    const v = p.value();
    if (v instanceof Op) {
      if (v.op === "endcodespacerange" && pending[0] instanceof Bytes) bytes = pending[0].bytes.length;
      section = v.op.startsWith("begin") ? v.op : "";
      pending.length = 0;
      continue;
    }
    if (!section) continue;
    pending.push(v);
    if (section === "beginbfchar" && pending.length === 2) {
      const [src, dst] = pending as Bytes[];
      map.set(src.bytes.readUIntBE(0, src.bytes.length), utf16(dst.bytes));
      pending.length = 0;
    } else if (section === "beginbfrange" && pending.length === 3) {
      const [lo, hi, dst] = pending as [Bytes, Bytes, Bytes | Bytes[]];
      const from = lo.bytes.readUIntBE(0, lo.bytes.length);
      const to = hi.bytes.readUIntBE(0, hi.bytes.length);
      for (let code = from; code <= to; code++) {
        if (Array.isArray(dst)) map.set(code, utf16(dst[code - from].bytes));
        else {
          const base = Buffer.from(dst.bytes);
          base.writeUInt16BE(base.readUInt16BE(base.length - 2) + code - from, base.length - 2);
          map.set(code, utf16(base));
        }
      }
      pending.length = 0;
    }
  }
  return { map, bytes };
}

type Font = { map: Map<number, string>; bytes: number } | null;

/** Pages in order, each with its decompressed content and a way to find its fonts by name. */
function readPages(pdf: Uint8Array): { content: Buffer; font: (name: string) => Font }[] {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const objects = readObjects(buf);
  const resolve = (v: Value | undefined): Value | undefined => (v instanceof Ref ? objects.get(v.num)?.value : v);
  const get = (d: Value | undefined, key: string) => (resolve(d) instanceof Dict ? resolve((resolve(d) as Dict).entries.get(key)) : undefined);

  const trailerRoot = /\/Root\s+(\d+)\s+\d+\s+R/.exec(buf.toString("latin1"));
  const catalog = trailerRoot ? objects.get(Number(trailerRoot[1]))?.value : [...objects.values()].find((o) => (get(o.value, "Type") as Name)?.name === "Catalog")?.value;
  const pages: Dict[] = [];
  const walk = (node: Value | undefined, inherited?: Value) => {
    const d = resolve(node);
    if (!(d instanceof Dict)) return;
    const resources = d.entries.get("Resources") ?? inherited;
    if ((get(d, "Type") as Name)?.name === "Pages") for (const kid of (get(d, "Kids") as Value[]) ?? []) walk(kid, resources);
    else pages.push(new Dict(new Map([...d.entries, ["Resources", resources ?? null]])));
  };
  walk(get(catalog, "Pages"));

  const fontCache = new Map<Value, Font>();
  const fontOf = (ref: Value | undefined): Font => {
    if (!ref) return null;
    if (!fontCache.has(ref)) {
      const toUnicode = (resolve(ref) as Dict | undefined)?.entries.get("ToUnicode");
      const obj = toUnicode instanceof Ref ? objects.get(toUnicode.num) : undefined;
      fontCache.set(ref, obj?.stream ? readCMap(decode(obj.value as Dict, obj.stream)) : null);
    }
    return fontCache.get(ref)!;
  };

  return pages.map((page) => {
    const fonts = get(get(page, "Resources"), "Font");
    const contents = page.entries.get("Contents");
    const refs = (Array.isArray(resolve(contents)) ? resolve(contents) : [contents]) as Value[];
    const content = Buffer.concat(
      refs.flatMap((r) => {
        const obj = r instanceof Ref ? objects.get(r.num) : undefined;
        return obj?.stream ? [decode(obj.value as Dict, obj.stream), Buffer.from("\n")] : [];
      }),
    );
    return { content, font: (name: string) => (fonts instanceof Dict ? fontOf(fonts.entries.get(name)) : null) };
  });
}

/** The text of each page of `pdf`, in page order. */
export function pdfPages(pdf: Uint8Array): string[] {
  return readPages(pdf).map(({ content, font: fontNamed }) => {
    const lines: string[] = [];
    let font: Font = null;
    let line = "";
    const show = (s: Value) => {
      if (!(s instanceof Bytes)) return;
      if (!font) {
        line += s.bytes.toString("latin1");
        return;
      }
      for (let i = 0; i + font.bytes <= s.bytes.length; i += font.bytes) line += font.map.get(s.bytes.readUIntBE(i, font.bytes)) ?? "\ufffd";
    };
    const endLine = () => {
      if (line) lines.push(line);
      line = "";
    };
    const p = new Parser(content);
    const operands: Value[] = [];
    while (!p.atEnd()) {
      const v = p.value();
      if (!(v instanceof Op)) {
        operands.push(v);
        continue;
      }
      const last = operands[operands.length - 1];
      switch (v.op) {
        case "Tf":
          font = fontNamed((operands[0] as Name).name);
          break;
        case "Tj":
          show(last);
          endLine();
          break;
        case "'":
        case '"':
          endLine();
          show(last);
          endLine();
          break;
        case "TJ":
          for (const item of (last as Value[]) ?? []) show(item);
          endLine();
          break;
        case "ET":
          endLine();
          break;
      }
      operands.length = 0;
    }
    endLine();
    return lines.join("\n");
  });
}

/** The text of `pdf`: one line per text run drawn, pages separated by a form feed ("\f"). */
export function pdfText(pdf: Uint8Array): string {
  return pdfPages(pdf).join("\f");
}

/** The decompressed content stream of each page, in page order (for tests that check drawings). */
export function pdfPageContents(pdf: Uint8Array): string[] {
  return readPages(pdf).map((page) => page.content.toString("latin1"));
}
