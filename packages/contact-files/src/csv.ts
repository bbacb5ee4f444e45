import type { Contact } from '@carillon/domain';
import { contactInputFromCsvRecord } from '@carillon/domain';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ImportFileError, type ImportRecord, type ImportTarget, MAX_IMPORT_RECORDS } from './records';

/**
 * The T640 contact CSV (T640 manual L1563-1592): a header line naming the
 * columns, then one contact per line. Column names are matched by the domain
 * (`contactInputFromCsvRecord`); unknown columns are ignored. RFC 4180
 * quoting; a UTF-8 byte-order mark is dropped.
 */
export function parseContactCsv(text: string, target: ImportTarget): ImportRecord[] {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim()),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
      // Stop early instead of parsing a huge file only to refuse it.
      to: MAX_IMPORT_RECORDS + 1,
    });
  } catch (error) {
    throw new ImportFileError(`not a readable CSV file: ${(error as Error).message}`);
  }
  if (rows.length > MAX_IMPORT_RECORDS) {
    throw new ImportFileError(`a file may hold at most ${MAX_IMPORT_RECORDS} contacts`);
  }
  return rows.map((row, index) => ({
    record: index + 1,
    line: row.info.lines,
    input: contactInputFromCsvRecord(row.record, target.scope, target.ownerUserId),
  }));
}

/** Export columns: the manual's import header (L1591-1592), so an export imports again unchanged. */
export const CONTACT_CSV_HEADER = [
  'First name',
  'Last name',
  'Company',
  'Office',
  'Office-Quickdial',
  'Mobile',
  'Mobile-Quickdial',
  'Home',
  'Home-Quickdial',
  'E-mail',
] as const;

/** A phone number as the domain accepts it: digits and separators only, so it cannot be a spreadsheet formula. */
const PHONE_NUMBER = /^\+?[0-9*#][0-9*# ()./-]{0,30}$/;

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage
 * return) as a formula (CSV injection, OWASP): such text cells get a leading
 * apostrophe. Phone numbers are exempt; they start with + legitimately and
 * consist of digits and separators only.
 */
export function safeCell(value: string): string {
  if (PHONE_NUMBER.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Contacts as T640 CSV. Numbers beyond one per type (and fax/other) have no column and are left out. */
export function contactsToCsv(contacts: readonly Contact[]): string {
  const rows = contacts.map((contact) => {
    const number = (type: 'office' | 'mobile' | 'home') =>
      contact.numbers.find((entry) => entry.type === type);
    const cells = [
      contact.firstName ?? '',
      contact.lastName ?? '',
      contact.company ?? '',
      ...(['office', 'mobile', 'home'] as const).flatMap((type) => [
        number(type)?.number ?? '',
        number(type)?.quickDial ?? '',
      ]),
      contact.emails[0] ?? '',
    ];
    return cells.map(safeCell);
  });
  return stringify([[...CONTACT_CSV_HEADER], ...rows], { record_delimiter: '\r\n' });
}
