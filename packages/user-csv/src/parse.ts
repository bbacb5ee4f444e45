import { parse } from 'csv-parse/sync';
import { ALL_COLUMNS, REQUIRED_COLUMNS } from './columns';
import { MAX_IMPORT_ROWS } from './limits';

/** A problem with the file as a whole: nothing is imported. */
export interface FileProblem {
  /** `file`, or the column the problem is about. */
  readonly field: string;
  readonly message: string;
}

export interface CsvRow {
  /** 1 for the first user after the header. */
  readonly row: number;
  /** Line of the file where the record starts (the header is line 1). */
  readonly line: number;
  /** Cell by column name; a column the file does not have is absent. */
  readonly cells: Readonly<Record<string, string>>;
}

export type ParsedCsv =
  | { readonly ok: true; readonly columns: readonly string[]; readonly rows: readonly CsvRow[] }
  | { readonly ok: false; readonly problems: readonly FileProblem[] };

const known = new Set(ALL_COLUMNS);

/**
 * Reads a user CSV (RFC 4180 quoting, UTF-8 with or without BOM, comma
 * separator as the manual demands — a semicolon file is named as such).
 * Whole-file problems (no header, unknown or missing columns, a malformed
 * record, too many rows) are returned as problems; row values are checked
 * later, row by row.
 */
export function parseUserCsv(text: string, maxRows = MAX_IMPORT_ROWS): ParsedCsv {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
      trim: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ field: 'file', message: `not a readable CSV file: ${message}` }] };
  }
  const [header, ...body] = records;
  if (header === undefined) return { ok: false, problems: [{ field: 'file', message: 'the file is empty' }] };
  const columns = header.record.map((name) => name.trim().toLowerCase());
  if (columns.length === 1 && columns[0]?.includes(';')) {
    return {
      ok: false,
      problems: [{ field: 'file', message: 'values must be separated by commas, not semicolons' }],
    };
  }
  const problems: FileProblem[] = [];
  for (const column of columns) {
    if (!known.has(column)) problems.push({ field: column, message: `unknown column ${column}` });
  }
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) problems.push({ field: column, message: `column ${column} appears twice` });
    seen.add(column);
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!seen.has(column)) problems.push({ field: column, message: `the column ${column} is required` });
  }
  if (body.length === 0) problems.push({ field: 'file', message: 'the file has no user rows' });
  if (body.length > maxRows) {
    problems.push({
      field: 'file',
      message: `at most ${maxRows} users per import; this file has ${body.length}`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  let line = header.info.lines;
  const rows = body.map(({ record, info }, index) => {
    const start = line + 1;
    line = info.lines;
    return {
      row: index + 1,
      line: start,
      cells: Object.fromEntries(columns.map((column, position) => [column, record[position] ?? ''])),
    };
  });
  return { ok: true, columns, rows };
}
