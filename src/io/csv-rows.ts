import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { type ReadSource, textChunks } from './read-source.js';

/** One parsed CSV row and the 1-based line of the file it starts on. */
export interface CsvRow {
  cells: string[];
  line: number;
}

/** Options of {@link streamCsvRows}. */
export interface CsvRowOptions {
  /** Field delimiter. Default `,`. */
  delimiter?: string;
}

function newlines(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    let at = cell.indexOf('\n');
    while (at >= 0) {
      n++;
      at = cell.indexOf('\n', at + 1);
    }
  }
  return n;
}

/**
 * Streams the rows of a CSV file with papaparse (`Papa.NODE_STREAM_INPUT`), decoding UTF-8
 * across chunk boundaries and dropping a byte-order mark, with the line each row starts on.
 *
 * Line numbers are exact for `\n` and `\r\n` files, including quoted cells that span lines: a row
 * starts one line after the previous row plus the line breaks inside the previous row's cells.
 * Blank lines are skipped (and counted). A file that cannot be read ends the stream and calls
 * `onError`.
 *
 * @example
 * ```ts
 * for await (const { cells, line } of streamCsvRows('acled.csv', console.error)) …
 * ```
 */
export async function* streamCsvRows(
  source: ReadSource,
  onError: (message: string) => void,
  options: CsvRowOptions = {},
): AsyncGenerator<CsvRow> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: false, delimiter: options.delimiter ?? ',' }) as NodeJS.ReadWriteStream;
  const input = Readable.from(textChunks(source, onError));
  input.on('error', (error) => {
    onError(error.message);
  });
  input.pipe(parser);
  let line = 1;
  try {
    for await (const row of parser as AsyncIterable<string[]>) {
      const start = line;
      line += 1 + newlines(row);
      if (row.length === 1 && row[0] === '') continue;
      yield { cells: row, line: start };
    }
  } finally {
    input.destroy();
  }
}
