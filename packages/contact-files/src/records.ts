import type { CreateContactInput } from '@carillon/domain';

/**
 * One record of an imported file as a contact input, or why it could not be
 * read at all. The input still has to pass `createContactInputSchema`; the
 * caller reports each record's outcome against `record` (1-based, in file
 * order) and `line` (where the record starts).
 */
export type ImportRecord =
  | { readonly record: number; readonly line: number; readonly input: CreateContactInput }
  | { readonly record: number; readonly line: number; readonly error: string };

/** Where the imported contacts go: the tenant's global directory, or one user's personal one. */
export interface ImportTarget {
  readonly scope: 'global' | 'personal';
  readonly ownerUserId: string | null;
}

/** The most records one import takes; larger files are refused whole (split them). */
export const MAX_IMPORT_RECORDS = 1000;

export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}
