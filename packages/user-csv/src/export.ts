import type { User } from '@carillon/domain';
import { stringify } from 'csv-stringify/sync';
import { ALL_COLUMNS, PERMISSION_COLUMNS } from './columns';

/**
 * Users as the import reads them (same columns, same order), so an export
 * edited and imported into another tenant makes the same users. Passwords
 * are never exported (the column stays, empty). Every permission is written
 * explicitly (T300 L469-471: once one is given, all are).
 */
export function usersToCsv(
  users: readonly User[],
  externalOf: (user: User) => string | null = () => null,
): string {
  const rows = users.map((user) =>
    ALL_COLUMNS.map((column) => {
      switch (column) {
        case 'login':
          return user.login;
        case 'firstname':
          return spreadsheetSafe(user.firstName);
        case 'lastname':
          return spreadsheetSafe(user.lastName);
        case 'external':
          return externalOf(user) ?? '';
        case 'internal':
          return user.extensionNumber;
        case 'mail':
          return user.email;
        case 'password':
          return '';
        case 'language':
          return user.language;
        default:
          return permissionCell(user, column);
      }
    }),
  );
  return stringify([ALL_COLUMNS as string[], ...rows], {
    record_delimiter: '\r\n',
    quoted_match: /^[=+\-@]/,
  });
}

/**
 * Free text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first,
 * OWASP "CSV injection") gets a leading apostrophe, which spreadsheets show
 * as text. Names only: the other columns cannot start so, or are numbers.
 */
function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function permissionCell(user: User, column: string): string {
  const target = PERMISSION_COLUMNS[column];
  if (target === 'admin') return user.role === 'tenant-admin' ? '1' : '0';
  // No Carillon right behind it: exported as the T300's default (granted), ignored on import.
  if (target === 'not-stored' || target === undefined) return '1';
  return user.rights[target] ? '1' : '0';
}
