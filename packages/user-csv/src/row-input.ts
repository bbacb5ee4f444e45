import {
  type CreateUserInput,
  createUserInputSchema,
  defaultUserRights,
  fieldIssues,
  type UserRights,
} from '@carillon/domain';
import { COLUMN_OF_FIELD, PERMISSION_COLUMNS } from './columns';

export interface CellError {
  /** The CSV column at fault (`mail`, `internal`, `voice_perm` …). */
  readonly column: string;
  readonly message: string;
}

export interface RowInput {
  /** Valid create-user input (password still plain: the API hashes it). */
  readonly user: ReturnType<typeof createUserInputSchema.parse>;
  /** E.164 external number to assign to the user, if the row names one. */
  readonly external: string | null;
}

export type RowResult =
  | { readonly ok: true; readonly input: RowInput }
  | { readonly ok: false; readonly errors: CellError[] };

const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * One CSV row as a create-user input, with every problem named by column.
 * Permissions (T300 manual L463-472): all `…_perm` cells empty → the
 * defaults for new users (L905-944); once any has a value, each is explicit:
 * `1` grants, `0` or empty denies. Only 0, 1 and empty are values. A
 * permission column the file does not have at all keeps its default (the
 * manual's template has them all; T640-only rights have no column).
 */
export function rowToUserInput(cells: Readonly<Record<string, string>>): RowResult {
  const errors: CellError[] = [];
  const cell = (column: string) => (cells[column] ?? '').trim();

  const permissionColumns = Object.keys(PERMISSION_COLUMNS).filter((column) => column in cells);
  const explicit = permissionColumns.some((column) => cell(column) !== '');
  const rights: UserRights = defaultUserRights();
  let admin = false;
  if (explicit) {
    for (const column of permissionColumns) {
      const value = cell(column);
      if (value !== '' && value !== '0' && value !== '1') {
        errors.push({ column, message: `${column} must be 1 (granted), 0 or empty (denied)` });
        continue;
      }
      const target = PERMISSION_COLUMNS[column];
      if (target === 'admin') admin = value === '1';
      else if (target !== undefined && target !== 'not-stored') rights[target] = value === '1';
    }
  }

  const external = cell('external');
  if (external !== '' && !E164.test(external)) {
    errors.push({ column: 'external', message: 'external must be an E.164 number such as +493012345678' });
  }

  const password = cell('password');
  const language = cell('language');
  const candidate: CreateUserInput = {
    login: cell('login'),
    firstName: cell('firstname'),
    lastName: cell('lastname'),
    email: cell('mail'),
    extensionNumber: cell('internal'),
    role: admin ? 'tenant-admin' : 'user',
    rights,
    ...(password === '' ? {} : { password }),
    ...(language === '' ? {} : { language: language as CreateUserInput['language'] }),
  };
  const parsed = createUserInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of fieldIssues(parsed.error)) {
      const field = issue.path.split('.')[0] ?? '';
      const column = COLUMN_OF_FIELD[field] ?? 'file';
      const empty = column !== 'file' && cell(column) === '';
      errors.push({ column, message: empty ? `${column} is required` : issue.message });
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: dedupe(errors) };
  return { ok: true, input: { user: parsed.data, external: external === '' ? null : external } };
}

function dedupe(errors: CellError[]): CellError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.column}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
