// Streaming CSV download: constant memory, one row pulled from the source per chunk asked for.
import { CSV_BOM, csvRow, toCsvValue } from "./cell";

type Rows = AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>;

function iteratorOf(rows: Rows): AsyncIterator<readonly unknown[]> | Iterator<readonly unknown[]> {
  return Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
}

/**
 * BOM + header, then one chunk per row, as a web ReadableStream (return it in a Response with
 * `Content-Type: text/csv; charset=utf-8`). High-water mark 0: the source is read only when the
 * consumer asks for the next chunk, never ahead, so a slow client slows the database cursor down.
 * Cancelling the stream (client gone) calls the iterator's `return()` so cursors are closed; an
 * error from the source errors the stream.
 */
export function csvStream(header: readonly string[], rows: Rows): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let headerSent = false;
  let iterator: AsyncIterator<readonly unknown[]> | Iterator<readonly unknown[]> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(CSV_BOM + csvRow(header)));
          return;
        }
        iterator ??= iteratorOf(rows);
        const next = await iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(csvRow(next.value.map(toCsvValue))));
      },
      async cancel() {
        await iterator?.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
