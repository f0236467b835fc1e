import { csvStream } from "./index";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

/** An async source that counts how many rows were taken from it and whether it was closed. */
function countingSource(total: number) {
  const state = { read: 0, closed: false };
  async function* rows() {
    try {
      for (let i = 1; i <= total; i++) {
        state.read = i;
        yield [`Personne ${i}`, i / 2, i % 2 === 0];
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, rows: rows() };
}

describe("csvStream", () => {
  test("yields BOM, header, then the rows, in UTF-8 with CRLF", async () => {
    const { rows } = countingSource(2);
    const bytes = await readAll(csvStream(["Nom", "Score (%)", "Partagé"], rows));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes)).toBe("\uFEFFNom;Score (%);Partagé\r\nPersonne 1;0,5;Non\r\nPersonne 2;1;Oui\r\n");
  });

  test("an empty source gives just BOM and header", async () => {
    const { rows } = countingSource(0);
    expect(decode(await readAll(csvStream(["Nom"], rows)))).toBe("\uFEFFNom\r\n");
  });

  test("header cells are protected like any text", async () => {
    expect(decode(await readAll(csvStream(["=Nom", "a;b"], [])))).toBe("\uFEFF'=Nom;\"a;b\"\r\n");
  });

  test("pulls rows lazily: one row read per chunk asked for, never ahead", async () => {
    const { state, rows } = countingSource(10_000);
    const reader = csvStream(["Nom", "Score", "Partagé"], rows).getReader();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(state.read).toBe(0);
    expect(decode((await reader.read()).value!)).toBe("\uFEFFNom;Score;Partagé\r\n");
    expect(state.read).toBe(0);
    for (let i = 1; i <= 3; i++) {
      expect(decode((await reader.read()).value!)).toBe(`Personne ${i};${String(i / 2).replace(".", ",")};${i % 2 === 0 ? "Oui" : "Non"}\r\n`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(state.read).toBe(i);
    }
    await reader.cancel();
    expect(state.closed).toBe(true);
    expect(state.read).toBe(3);
  });

  test("an error in the source errors the stream", async () => {
    async function* failing() {
      yield ["ok"];
      throw new Error("connexion perdue");
    }
    const reader = csvStream(["Nom"], failing()).getReader();
    await reader.read();
    await reader.read();
    await expect(reader.read()).rejects.toThrow("connexion perdue");
  });

  test("a plain array works as a source, with unknown values written as text", async () => {
    const out = decode(await readAll(csvStream(["a", "b", "c"], [[undefined, 3n, { toString: () => "-x" }]])));
    expect(out).toBe("\uFEFFa;b;c\r\n;3;'-x\r\n");
  });
});
