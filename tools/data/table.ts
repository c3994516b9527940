/**
 * Reading one delimited source file into a checked table.
 *
 * All parsing goes through csv-parse (quotes, doubled quotes, embedded newlines, BOM). On top of it
 * this module adds what the sources need and what users need when a file is bad:
 * - the header may sit below title rows (BLS workbooks converted from xlsx keep their titles);
 * - required columns are checked up front, by name, so column order never matters;
 * - every failure names the file, the line and the column, and says how to fix it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { BuildError } from './errors.ts';

export interface TableSpec {
  /** Path relative to the sources directory. `.tsv` and `.txt` files are tab-delimited. */
  file: string;
  /** Other accepted paths, tried in order when `file` is absent (e.g. O*NET's .txt release). */
  alternatives?: readonly string[];
  /** Columns the build reads. Extra columns are ignored. */
  columns: readonly string[];
  /** Search this many leading rows for the header (BLS title rows). Default 1. */
  headerWithin?: number;
  /**
   * Rows may have fewer fields than the header. Needed for xlsx→csv conversions that drop
   * trailing empty cells (the BLS files); elsewhere a short row means a damaged file.
   */
  shortRows?: boolean;
  /** How to obtain the file, shown when it is missing or damaged. */
  obtain: string;
}

/** Column names compared loosely: BLS headers mix en dashes, hyphens and stray spaces. */
export const normalizeHeader = (s: string): string =>
  s
    .replace(/[\u2012-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export class Table {
  readonly #index = new Map<string, number>();

  constructor(
    /** File path relative to the sources directory, for messages. */
    readonly file: string,
    readonly header: readonly string[],
    readonly rows: readonly string[][],
    /** 1-based line number of each row, for messages. */
    readonly lines: readonly number[],
  ) {
    header.forEach((h, i) => {
      const key = normalizeHeader(h);
      if (!this.#index.has(key)) this.#index.set(key, i);
    });
  }

  get size(): number {
    return this.rows.length;
  }

  has(column: string): boolean {
    return this.#index.has(normalizeHeader(column));
  }

  /** Cell text, trimmed; '' for cells a short row leaves out. */
  get(row: number, column: string): string {
    const i = this.#index.get(normalizeHeader(column));
    if (i === undefined) throw new Error(`bug: column "${column}" was not declared in the spec`);
    return (this.rows[row][i] ?? '').trim();
  }

  /** An error pointing at one cell. */
  error(row: number, column: string, what: string, fix: string): BuildError {
    return new BuildError(what, { file: this.file, line: this.lines[row], column, fix });
  }

  /**
   * A number from a cell, or an error naming the cell. Thousands separators are accepted
   * ("1,234"): BLS's own CSVs and spreadsheet exports of "values as shown" use them.
   */
  number(row: number, column: string, fix = 'Correct the value or re-download the file.'): number {
    const text = this.get(row, column);
    const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
    const n = plain === '' ? NaN : Number(plain);
    if (!Number.isFinite(n)) throw this.error(row, column, `Expected a number, found "${text}".`, fix);
    return n;
  }
}

/** Resolve which of the spec's accepted paths exists. */
export function locate(sourcesDir: string, spec: TableSpec): string {
  for (const rel of [spec.file, ...(spec.alternatives ?? [])]) {
    if (existsSync(path.join(sourcesDir, rel))) return rel;
  }
  const tried = [spec.file, ...(spec.alternatives ?? [])].join(' or ');
  throw new BuildError(`Missing source file: ${tried}`, {
    file: path.join(sourcesDir, spec.file),
    fix: `Get it from ${spec.obtain}, or point --sources (or AI_RISK_CARD_SOURCES) at the folder that holds it.`,
  });
}

export function readTable(sourcesDir: string, spec: TableSpec): Table {
  const rel = locate(sourcesDir, spec);
  const abs = path.join(sourcesDir, rel);
  if (!statSync(abs).isFile()) {
    throw new BuildError(`Source path is not a file: ${rel}`, { file: abs, fix: 'Replace it with the data file.' });
  }
  const delimiter = /\.(tsv|txt)$/i.test(rel) ? '\t' : ',';
  // O*NET's tab-delimited .txt release does not quote fields, and its task statements contain
  // quotation marks; the .csv and .tsv files quote fields the usual way.
  const quote = /\.txt$/i.test(rel) ? false : '"';

  let records: string[][];
  const recordLines: number[] = [];
  try {
    records = parse(readFileSync(abs), {
      delimiter,
      quote,
      bom: true,
      // Title rows above BLS headers have fewer fields than the data; lengths are checked below
      // against the header instead, where the message can name the header.
      relax_column_count: true,
      skip_empty_lines: true,
      // Remember each record's (last) line for messages; cheaper than `info: true`.
      on_record: (record: string[], context: { lines: number }) => {
        recordLines.push(context.lines);
        return record;
      },
    });
  } catch (e) {
    const err = e as Error & { code?: string; lines?: number };
    if (!err.code?.startsWith('CSV_') && err.code !== 'INVALID_OPENING_QUOTE') throw e;
    throw new BuildError(`Malformed ${delimiter === '\t' ? 'TSV' : 'CSV'} in ${rel}: ${err.message}`, {
      file: rel,
      line: err.lines,
      fix: `The file is damaged or not in the expected format. Re-download it from ${spec.obtain}.`,
    });
  }

  const headerAt = findHeader(rel, records, recordLines, spec);
  const header = records[headerAt];
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let i = headerAt + 1; i < records.length; i++) {
    const record = records[i];
    // A lone empty cell is a blank spacer row, not data.
    if (record.length === 1 && record[0].trim() === '') continue;
    if (record.length > header.length || (!spec.shortRows && record.length < header.length)) {
      throw new BuildError(`Malformed row in ${rel}: ${record.length} fields, but the header has ${header.length}.`, {
        file: rel,
        line: recordLines[i],
        fix: 'Check that fields containing the delimiter are quoted, or re-download the file.',
      });
    }
    rows.push(record);
    lines.push(recordLines[i]);
  }
  return new Table(rel, header, rows, lines);
}

function findHeader(rel: string, records: string[][], lines: number[], spec: TableSpec): number {
  if (records.length === 0) {
    throw new BuildError(`Source file is empty: ${rel}`, { file: rel, fix: `Re-download it from ${spec.obtain}.` });
  }
  const within = Math.min(spec.headerWithin ?? 1, records.length);
  const wanted = spec.columns.map(normalizeHeader);
  let best = -1;
  let bestMissing: string[] = [...spec.columns];
  for (let i = 0; i < within; i++) {
    const have = new Set(records[i].map(normalizeHeader));
    const missing = spec.columns.filter((_, j) => !have.has(wanted[j]));
    if (missing.length === 0) return i;
    if (missing.length < bestMissing.length) {
      best = i;
      bestMissing = missing;
    }
  }
  const at = best < 0 ? 0 : best;
  const found = records[at].map((c) => JSON.stringify(c)).join(', ');
  throw new BuildError(
    `Missing column${bestMissing.length > 1 ? 's' : ''} ${bestMissing.map((c) => `"${c}"`).join(', ')} in ${rel}.`,
    {
      file: rel,
      line: lines[at],
      column: bestMissing[0],
      fix: `The header${within > 1 ? ` (searched in the first ${within} rows)` : ''} has: ${found}. Use the original file from ${spec.obtain}; column names must match.`,
    },
  );
}
