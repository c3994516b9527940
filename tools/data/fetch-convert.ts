/**
 * Turning downloaded archives and workbooks into the files the data build reads.
 *
 * Spreadsheets are converted the way the reference copies in shared/data were (see its
 * SOURCES.md): one CSV per sheet, every row from A1 down (title rows and blank spacer rows kept,
 * so the build's header search sees what a spreadsheet user sees), cell values as stored (numbers
 * without thousands separators, dates in ISO form), trailing empty cells dropped, fields quoted
 * only when they must be, CRLF line ends. Reading goes through read-excel-file; zip archives
 * (BLS ships OEWS as .zip) through fflate, which read-excel-file itself uses.
 */
import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';

export type Cell = string | number | boolean | Date | null | undefined;

/** One CSV field, quoted only when it holds a comma, a quote or a line break. */
export function csvField(value: Cell): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell's text as stored: numbers in plain notation, dates as ISO dates (with time when not midnight). */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Rows to CSV text: trailing empty cells dropped, CRLF after every row (empty rows stay as blank lines). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  let out = '';
  for (const row of rows) {
    let end = row.length;
    while (end > 0 && cellText(row[end - 1]) === '') end--;
    // A row whose only field is empty would read back as a blank line; no sheet needs it.
    out += `${row.slice(0, end).map(csvField).join(',')}\r\n`;
  }
  return out;
}

export class ConvertError extends Error {}

/** Every sheet of a workbook, by name, as CSV text. */
export async function xlsxToCsv(bytes: Uint8Array, what: string): Promise<Map<string, string>> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new ConvertError(`${what} is not an .xlsx workbook (it does not start with the zip signature "PK").`);
  }
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    // Cells as stored: no trimming (BLS indents titles with spaces to show the hierarchy), and
    // numbers from their stored text, so "5.0" stays "5.0" as in the reference conversions.
    sheets = (await readXlsxFile<string>(Buffer.from(bytes), { trim: false, parseNumber: storedNumber })) as {
      sheet: string;
      data: Cell[][];
    }[];
  } catch (e) {
    throw new ConvertError(`${what} could not be read as an .xlsx workbook: ${(e as Error).message}`);
  }
  return new Map(sheets.map((s) => [s.sheet, toCsv(s.data)]));
}

/**
 * The members of a zip archive whose names are asked for. A wanted name matches a member with
 * that exact path or, failing that, with that file name in any folder (BLS has moved files in and
 * out of a top-level folder between releases).
 */
export function unzipMembers(bytes: Uint8Array, wanted: readonly string[], what: string): Map<string, Uint8Array> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new ConvertError(`${what} is not a zip archive (it does not start with the zip signature "PK").`);
  }
  const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return wanted.some((w) => f.name === w || base(f.name) === base(w));
      },
    });
  } catch (e) {
    throw new ConvertError(`${what} could not be unpacked: ${(e as Error).message}`);
  }
  const out = new Map<string, Uint8Array>();
  for (const w of wanted) {
    const hit = w in files ? w : Object.keys(files).find((n) => base(n) === base(w));
    if (hit === undefined) {
      throw new ConvertError(
        `${what} has no member "${w}". It holds: ${names.filter((n) => !n.endsWith('/')).join(', ') || 'nothing'}.`,
      );
    }
    out.set(w, files[hit]);
  }
  return out;
}

/**
 * A numeric cell's stored text written the way the reference conversions (openpyxl, Python's
 * `str`) wrote it: integers as their digits, other numbers as Python's shortest float repr.
 */
export function storedNumber(stored: string): string {
  const text = stored.trim();
  if (/^-?\d+$/.test(text)) return String(BigInt(text));
  const x = Number(text);
  if (text === '' || Number.isNaN(x)) return stored;
  return pythonFloat(x);
}

/** Python's `repr(float)`: shortest round-trip digits, exponent below 1e-4 and from 1e16, ".0" on whole numbers. */
export function pythonFloat(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, exp] = x.toExponential().split('e');
  const e = Number(exp);
  if (e < -4 || e >= 16) return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  const plain = String(x);
  return plain.includes('.') ? plain : `${plain}.0`;
}
